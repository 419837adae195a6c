/** The stages of db/schema/ideas.ts in board order; spelled out so forms on the phone need no schema code. */
export const IDEA_STAGES = ["idea", "sample", "committee_review", "changes_requested", "approved", "declined"] as const;
export type IdeaStage = (typeof IDEA_STAGES)[number];

/**
 * The markets an idea's form offers; anything else is written in as free text. Label rules per
 * market live in lib/labels; an idea only says where it hopes to sell.
 */
export const IDEA_MARKETS = ["JP", "KG", "EU"] as const;
export const OTHER_MARKET = "other";

/** Currencies a target price may be given in; the association's own is the default. */
export const IDEA_CURRENCIES = ["KGS", "USD", "EUR", "JPY"] as const;

export const MAX_IDEA_PHOTOS = 6;

/** How a decision on an idea ends, as its proposer is told. */
export const IDEA_OUTCOMES = ["approved", "changes_requested", "declined"] as const;
export type IdeaOutcome = (typeof IDEA_OUTCOMES)[number];
