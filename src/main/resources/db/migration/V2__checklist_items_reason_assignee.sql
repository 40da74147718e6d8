-- Checklists, second step: why an item is n/a or blocked, and who is assigned; and the item catalog that
-- keeps item ids stable when a guide is re-imported (items reworded, moved or reordered).

ALTER TABLE checklist_item_state ADD COLUMN reason VARCHAR(4000);
ALTER TABLE checklist_item_state ADD COLUMN assignee VARCHAR(255);
ALTER TABLE checklist_item_event ADD COLUMN reason VARCHAR(4000);
ALTER TABLE checklist_item_event ADD COLUMN assignee VARCHAR(255);

-- The items a checklist had at its last import. active = false marks items that have left the guide: their
-- progress stays in checklist_item_state/_event and is listed as orphaned, never deleted.
CREATE TABLE checklist_item (
    checklist_id VARCHAR(255)  NOT NULL,
    item_id      VARCHAR(64)   NOT NULL,
    text         VARCHAR(20000) NOT NULL,
    section_path VARCHAR(4000) NOT NULL,
    position     INT           NOT NULL,
    active       BOOLEAN       NOT NULL,
    seen_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_checklist_item PRIMARY KEY (checklist_id, item_id)
);
CREATE INDEX ix_checklist_item_active ON checklist_item (checklist_id, active, position);
