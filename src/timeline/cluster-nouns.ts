/** The nouns a cluster of the timeline counts, by kind, for formatCount. */
export const CLUSTER_NOUNS = {
  event: { one: 'event', other: 'events' },
  statement: { one: 'statement', other: 'statements' },
} as const;
