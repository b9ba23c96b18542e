// Names an Alpha Vantage source without its secret: the key's salted SHA-256, cut short,
// tells two API keys apart (so a new key never reuses the old key's cached answers)
// without revealing either. Small on purpose: the registry builds the source's cache key
// before the adapter itself is loaded.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const ALPHA_VANTAGE_BASE_URL = 'https://www.alphavantage.co/query';

/** SHA-256 of the UTF-8 text, as hex (synchronous: Web Crypto's digest is async and missing on plain http). */
export function sha256Text(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** 16 hex digits identifying the API key; used in stored-answer keys. */
export function apiKeyTag(apiKey: string): string {
  return sha256Text(`tradewinds-av:${apiKey}`).slice(0, 16);
}

/** The adapter's `key`: the address and a short tag of the API key. */
export function alphaVantageSourceKey(apiKey: string, baseUrl = ALPHA_VANTAGE_BASE_URL): string {
  return `alphavantage:${baseUrl.replace(/\/+$/, '')}:${apiKeyTag(apiKey).slice(0, 8)}`;
}
