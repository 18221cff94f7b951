/**
 * Every request header the API reads, and why. CloudFront forwards exactly these to the function
 * URL (infra/constructs/api-request-policies.ts), the local edge drops every other one
 * (infra/local/edge.ts), and tests fail when code reads a header missing here or when the two
 * lists differ: a header that is never forwarded reads as absent in AWS only. Cookies and the
 * query string are forwarded whole by their own settings.
 */
export const API_REQUEST_HEADERS = {
  origin: 'cross-site request check: unsafe methods must come from the portal (csrf.ts)',
  'x-communs-client': 'what non-browser clients send instead of Origin (csrf.ts)',
  'content-type': 'request bodies: JSON, WebVTT captions',
  accept: 'a sign-in link answers JSON to scripts and a redirect to browsers',
  'user-agent': 'a session shows which device and browser it is on',
  'cloudfront-viewer-address': "the viewer's address, for rate limits; set by CloudFront, never by the client",
  'x-amz-content-sha256': 'origin access control signs the request for Lambda with the viewer-sent body hash',
} as const;

export type ApiRequestHeader = keyof typeof API_REQUEST_HEADERS;

export const API_REQUEST_HEADER_NAMES = Object.keys(API_REQUEST_HEADERS) as ApiRequestHeader[];

/** Header a non-browser client sends instead of `Origin`; browsers cannot send it cross-site without CORS. */
export const CLIENT_HEADER = 'x-communs-client' satisfies ApiRequestHeader;
