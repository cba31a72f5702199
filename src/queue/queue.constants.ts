/** The queues of design §2: guest messages in, replies out; plus mailbox syncs (a Gmail push names a mailbox to read). */
export const QUEUE_NAMES = ['inbound', 'outbound', 'mailbox'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** How long (and how many) finished job ids are remembered for de-duplication. */
export const COMPLETED_JOB_RETENTION = { ageS: 24 * 3600, count: 10_000 } as const;
/** Failed jobs stay in BullMQ this long as a backup of the dead-letter record. */
export const FAILED_JOB_RETENTION_S = 7 * 24 * 3600;
/**
 * Embedded mode keeps the dedupe keys of the jobs it queued in memory, at most this many (the oldest
 * go first, so a very old message could come through twice after a flood of new ones).
 */
export const DEDUPE_KEYS_IN_MEMORY = 100_000;
