package org.homeward.app.installation;

import java.time.Instant;
import java.util.UUID;

/** This Homeward installation: its identity and when its database was first set up. */
public record Installation(UUID id, Instant createdAt) {
}
