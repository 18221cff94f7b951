import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_TYPES,
  acceptedTypeOfDetected,
  familyOfDeclaredType,
  isAcceptedDetectedType,
  MIN_BYTES,
  maxBytesFor,
  safeFileName,
} from '../../../functions/media/allow-list.ts';

const MEDIA_ID = '3f2a6c1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b';

describe('the allow-list', () => {
  it.each([
    ['audio/mpeg', 'audio'],
    ['audio/mp4', 'audio'],
    ['audio/x-m4a', 'audio'],
    ['audio/aac', 'audio'],
    ['audio/ogg', 'audio'],
    ['audio/opus', 'audio'],
    ['audio/wav', 'audio'],
    ['audio/x-wav', 'audio'],
    ['audio/wave', 'audio'],
    ['audio/flac', 'audio'],
    ['video/mp4', 'video'],
    ['video/webm', 'video'],
    ['image/jpeg', 'image'],
    ['image/png', 'image'],
    ['image/webp', 'image'],
    ['Audio/MPEG', 'audio'],
    ['audio/ogg; codecs=opus', 'audio'],
  ])('knows the family of a declared %s: %s', (mime, family) => {
    expect(familyOfDeclaredType(mime)).toBe(family);
  });

  it.each([
    'text/html',
    'image/svg+xml',
    'application/xml',
    'text/xml',
    'application/zip',
    'application/x-msdownload',
    'application/octet-stream',
    'video/quicktime',
    'image/gif',
    '',
  ])('has no family for %j', (mime) => {
    expect(familyOfDeclaredType(mime)).toBeUndefined();
  });

  it.each([
    ['audio', 'audio/mpeg', true],
    ['audio', 'audio/x-m4a', true],
    ['audio', 'audio/aac', true],
    ['audio', 'audio/ogg; codecs=opus', true],
    ['audio', 'audio/ogg', true],
    ['audio', 'audio/wav', true],
    ['audio', 'audio/flac', true],
    ['video', 'video/mp4', true],
    ['video', 'video/webm', true],
    ['image', 'image/jpeg', true],
    ['image', 'image/png', true],
    ['image', 'image/webp', true],
    // a real type of another family, or nothing the portal publishes
    ['video', 'audio/mpeg', false],
    ['audio', 'video/mp4', false],
    ['audio', 'image/png', false],
    ['image', 'image/svg+xml', false],
    ['image', 'image/gif', false],
    ['image', 'image/apng', false],
    ['video', 'video/matroska', false],
    ['video', 'video/quicktime', false],
    ['audio', 'application/zip', false],
    ['audio', 'application/x-msdownload', false],
    ['audio', 'text/html', false],
    ['audio', 'application/xml', false],
  ] as const)('for declared %s, a detected %s is accepted: %s', (family, detected, accepted) => {
    expect(isAcceptedDetectedType(family, detected)).toBe(accepted);
  });

  it('matches file-type results on the extension too when given (mp2 is audio/mpeg, not an mp3)', () => {
    expect(isAcceptedDetectedType('audio', 'audio/mpeg', 'mp3')).toBe(true);
    expect(isAcceptedDetectedType('audio', 'audio/mpeg', 'mp2')).toBe(false);
    expect(acceptedTypeOfDetected({ mime: 'audio/ogg; codecs=opus', ext: 'opus' })).toMatchObject({
      family: 'audio',
      mime: 'audio/ogg',
      ext: 'opus',
    });
    expect(acceptedTypeOfDetected({ mime: 'audio/x-m4a', ext: 'm4a' })).toMatchObject({
      mime: 'audio/mp4',
      ext: 'm4a',
    });
  });

  it('has sizes per family and a floor', () => {
    expect(maxBytesFor('audio')).toBe(200 * 1024 * 1024);
    expect(maxBytesFor('video')).toBe(2 * 1024 * 1024 * 1024);
    expect(maxBytesFor('image')).toBe(20 * 1024 * 1024);
    expect(MIN_BYTES).toBe(128);
  });

  it('is consistent: lower-case declared types, each in one family, canonical types of their family', () => {
    const familyOf = new Map<string, string>();
    for (const type of ACCEPTED_TYPES) {
      expect(type.mime.startsWith(`${type.family}/`)).toBe(true);
      expect(type.ext).toMatch(/^[a-z0-9]+$/);
      for (const declared of type.declared) {
        expect(declared).toBe(declared.toLowerCase());
        expect(familyOf.get(declared) ?? type.family).toBe(type.family);
        familyOf.set(declared, type.family);
      }
    }
  });
});

describe('safe file names', () => {
  it.each([
    ['Le port.mp3', 'mp3', 'le-port.mp3'],
    ['Été à Brest — la pluie.WAV', 'wav', 'ete-a-brest-la-pluie.wav'],
    ['Cœur de Recouvrance.m4a', 'm4a', 'coeur-de-recouvrance.m4a'],
    // the extension is the detected type's, never the client's
    ['photo.png', 'jpg', 'photo.jpg'],
    ['song.mp3.exe', 'mp3', 'song-mp3.mp3'],
    ['invoice.pdf', 'webp', 'invoice.webp'],
    ['recording', 'ogg', 'recording.ogg'],
    // never a path
    ['../../etc/passwd', 'mp3', 'passwd.mp3'],
    ['C:\\Users\\me\\Desktop\\Marché du samedi.jpg', 'jpg', 'marche-du-samedi.jpg'],
    ['uploads/../media/x.mp4', 'mp4', 'x.mp4'],
    ['<script>alert(1)</script>.html', 'mp3', 'script.mp3'],
    ['<b onmouseover=alert(1)>hi.html', 'mp3', 'b-onmouseover-alert-1-hi.mp3'],
    ['"quoted"; filename=evil.mp3', 'mp3', 'quoted-filename-evil.mp3'],
  ])('%j as %s → %s', (name, ext, expected) => {
    expect(safeFileName(name, MEDIA_ID, ext)).toBe(expected);
  });

  it.each(['', '.mp3', '....', '🎵🎵.mp3', '雨の港.ogg', '.bashrc', '/'])(
    'falls back to the media id for %j',
    (name) => {
      expect(safeFileName(name, MEDIA_ID, 'mp3')).toBe(`${MEDIA_ID}.mp3`);
    },
  );

  it('stays within 80 characters, ASCII, without separators or leading dots', () => {
    const long = `${'Une très longue histoire du pont de Recouvrance '.repeat(10)}.flac`;
    const name = safeFileName(long, MEDIA_ID, 'flac');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]\.flac$/);
    for (const odd of ['a/b\\c', 'x\u0000y.mp3', 'tab\there.mp3', 'a:b*c?d|e.mp3']) {
      expect(safeFileName(odd, MEDIA_ID, 'mp3')).toMatch(/^[a-z0-9-]+\.mp3$/);
    }
  });

  it('cleans a strange extension too', () => {
    expect(safeFileName('a.mp3', MEDIA_ID, '../MP3')).toBe('a.mp3');
  });
});
