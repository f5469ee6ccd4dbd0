import { describe, expect, it } from 'vitest';
import { articleIdentity } from './articleIdentity.ts';
import { canonicalUrl } from './canonicalUrl.ts';

describe('canonicalUrl', () => {
  it('names one article however it was shared', () => {
    const forms = [
      'https://www.news.example/world/story/?utm_source=x&b=2&a=1#comments',
      'http://news.example/world/story?a=1&b=2',
      'HTTPS://NEWS.EXAMPLE/world/story/?fbclid=abc&a=1&b=2',
    ];
    expect(new Set(forms.map(canonicalUrl))).toEqual(new Set(['https://news.example/world/story?a=1&b=2']));
  });
  it('keeps identifiers that are not web addresses', () => {
    expect(canonicalUrl(' urn:uuid:1234 ')).toBe('urn:uuid:1234');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});

describe('articleIdentity', () => {
  const base = { text: 'Leaders met on Monday.', title: 'Talks', publishedAt: '2026-01-05', origin: 'x' };
  it('takes the id from the canonical URL, so new text at the same URL is the same article with a new hash', () => {
    const a = articleIdentity({ ...base, url: 'https://news.example/a?utm_medium=rss' });
    const b = articleIdentity({ ...base, url: 'https://news.example/a', text: 'Leaders met on Tuesday.' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^article:[0-9a-f]{24}$/);
    expect(a.contentHash).not.toBe(b.contentHash);
  });
  it('takes the id from the content when there is no URL; whitespace does not change it', () => {
    const a = articleIdentity(base);
    const b = articleIdentity({ ...base, text: '  Leaders  met\non Monday.\n' });
    expect(a.id).toBe(b.id);
    expect(a.contentHash).toBe(b.contentHash);
    expect(articleIdentity({ ...base, text: 'Something else.' }).id).not.toBe(a.id);
  });
  it('keeps two URL-less articles with the same body and different titles apart', () => {
    const a = articleIdentity({ ...base, title: 'Talks resume' });
    const b = articleIdentity({ ...base, title: 'Ministers meet again' });
    expect(a.id).not.toBe(b.id);
    expect(articleIdentity({ ...base, title: ' Talks  resume ' }).id).toBe(a.id); // whitespace is not a new title
    expect(articleIdentity({ ...base, title: undefined }).id).not.toBe(a.id);
  });
  it('uses the source id when there is no URL, and metadata changes the hash but not the id', () => {
    const a = articleIdentity({ ...base, externalId: 'wire-17' });
    const b = articleIdentity({ ...base, externalId: 'wire-17', text: 'Changed.', title: 'New title' });
    expect(a.id).toBe(b.id);
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(articleIdentity({ ...base, title: 'Other' }).contentHash).not.toBe(articleIdentity(base).contentHash);
  });
  it('counts outlets by source, else by host', () => {
    expect(articleIdentity({ ...base, source: 'Wire A' }).outlet).toBe('wire a');
    expect(articleIdentity({ ...base, url: 'https://www.paper.example/x' }).outlet).toBe('paper.example');
  });
});
