// The blocks of right-to-left letters (Hebrew through Arabic Extended, and the
// Hebrew and Arabic presentation forms), as a regular-expression class. Coarse
// on purpose: a fast test for "is there RTL text here", not the bidi classes the
// engine resolves (bidi-class.ts).
export const RTL_LETTER_CLASS = '[\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFE]';
