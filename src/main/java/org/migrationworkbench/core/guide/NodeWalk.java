package org.migrationworkbench.core.guide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.commonmark.node.Node;

/** Visits a CommonMark tree in document order without recursion, whatever the nesting depth. */
final class NodeWalk {
    private NodeWalk() {
    }

    static void forEach(Node root, Consumer<Node> action) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            action.accept(node);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
    }
}
