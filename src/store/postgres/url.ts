// PostgreSQL connection URLs in messages: never with their password.
export const safeUrl = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
