/**
 * Fault injection: sign-offs and stores under kill -9, a full disk and a read-only {@code .workbench} folder, each
 * with the other party in a child JVM; every acknowledged sign-off must survive, and nothing may look tampered.
 */
package org.migrationworkbench.faults;
