/**
 * {@code POST /__admin/faults} (add a rule), {@code GET /__admin/faults} (list), {@code DELETE /__admin/faults}
 * (remove all) and {@code DELETE /__admin/faults/{id}} (remove one): fault injection rules that delay matching
 * requests, answer them with an error status in their family's envelope, or drop the connection. Start at
 * {@code FaultController}; {@code FaultRule} holds a rule's fields and checks, and {@code ConnectionDrop} closes
 * the socket.
 */
package io.apiemulator.admin.fault;
