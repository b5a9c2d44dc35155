package com.orderdesk.shared;

/**
 * Whether the module event listeners have fallen behind: so many events wait for a listener thread
 * that whoever produces them in bulk (the webhook inbox above all) should pause until they catch up,
 * rather than queue work that waits for minutes and lives only in memory.
 */
public interface ListenerBacklog {

    boolean behind();
}
