/** Expected failures. `key` is a message key under `errors.` that the user sees translated. */
export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(key);
    this.name = new.target.name;
  }
}

/** Missing, or belonging to another association: the two are indistinguishable on purpose. */
export class NotFoundError extends DomainError {
  constructor() {
    super("notFound");
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("forbidden");
  }
}

/** The record changed under us (another user acted first, or a state rule forbids it). */
export class ConflictError extends DomainError {}

export class ValidationError extends DomainError {
  constructor(fieldErrors: Record<string, string>) {
    super("validation", fieldErrors);
  }
}
