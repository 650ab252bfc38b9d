/** An article file that cannot be read as an article; the message is one line for the user. */
export class ArticleError extends Error {}
