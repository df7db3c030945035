// Polyglot picks a plural form by the language's rules; react-admin asks for a resource's name with
// smart_count 1 (one record) or 2 and 0 (a list title, an empty list). These build names that read right.

/** Arabic has six forms (0, 1, 2, 3–10, 11–99, 100+): the dual form would make list titles read "two customers". */
export const arabicName = (singular: string, plural: string) => [plural, singular, plural, plural, plural, plural].join(" |||| ");

/** Russian has three forms (1, 2–4, 5+): the 2–4 form would be the genitive singular, so titles use the plural. */
export const russianName = (singular: string, plural: string) => [singular, plural, plural].join(" |||| ");
