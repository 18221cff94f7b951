/**
 * A translation of a reference dictionary: exactly its keys, each a string. Annotating a
 * dictionary with it makes the type check fail on a missing key (and, on the object literal, on
 * a key the reference does not have).
 */
export type Translation<Reference> = { [Key in keyof Reference]: string };
