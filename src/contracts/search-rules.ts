// Plain data, no Zod: the limits of the search and filter parameters, shared by the query
// schemas and the web app's URLs and inputs.

/** The longest free-text search (`?q=`) of the catalog and of the admin's user list. */
export const SEARCH_TEXT_MAX = 200;
/** The longest category id or slug in `?category=`. */
export const CATEGORY_PARAM_MAX = 120;
/** The longest action prefix of an audit-log filter. */
export const AUDIT_ACTION_MAX = 100;
