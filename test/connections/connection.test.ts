import { describe, expect, it } from 'vitest';
import {
  ConnectionValidationError,
  createConnection,
  describeConnection,
  editConnection,
  maskSecret,
  type Connection,
} from '../../src/connections/connection';

const VALID = {
  baseUrl: 'https://us-49467.api.gong.io/',
  accessKey: 'AKEY1234567890WXYZ',
  accessKeySecret: 'eyJhbGciOiJIUzI1NiJ9.secret-part-9876',
};

function refusal(action: () => unknown): ConnectionValidationError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectionValidationError);
    return error as ConnectionValidationError;
  }
  throw new Error('expected the connection to be refused');
}

describe('createConnection', () => {
  it('requires the base URL with "This field is required"', () => {
    const error = refusal(() => createConnection('acme', { ...VALID, baseUrl: undefined }));
    expect(error.field).toBe('baseUrl');
    expect(error.message).toContain('This field is required');
  });

  it('treats a base URL of only spaces or a bare protocol as missing', () => {
    expect(refusal(() => createConnection('acme', { ...VALID, baseUrl: '  ' })).field).toBe('baseUrl');
    expect(refusal(() => createConnection('acme', { ...VALID, baseUrl: 'https://' })).field).toBe('baseUrl');
  });

  it('refuses a blank access key with "Failed to install integration" naming the Access Key', () => {
    const error = refusal(() => createConnection('acme', { ...VALID, accessKey: '   ' }));
    expect(error.field).toBe('accessKey');
    expect(error.message).toContain('Failed to install integration');
    expect(error.message).toContain('Access Key');
    expect(error.message).not.toContain('Access Key Secret');
  });

  it('refuses a blank secret with "Failed to install integration" naming the Access Key Secret', () => {
    const error = refusal(() => createConnection('acme', { ...VALID, accessKeySecret: '' }));
    expect(error.field).toBe('accessKeySecret');
    expect(error.message).toContain('Failed to install integration');
    expect(error.message).toContain('Access Key Secret');
  });

  it('stores the URL without protocol or trailing slash', () => {
    expect(createConnection('acme', VALID).baseUrl).toBe('us-49467.api.gong.io');
  });

  it('stores the key pair trimmed of surrounding spaces', () => {
    const connection = createConnection('acme', {
      ...VALID,
      accessKey: ' AKEY ',
      accessKeySecret: '\tSECRET\n',
    });
    expect([connection.accessKey, connection.accessKeySecret]).toEqual(['AKEY', 'SECRET']);
  });

  it('keeps the id it was given', () => {
    expect(createConnection('acme-eu_2', VALID).id).toBe('acme-eu_2');
  });

  for (const id of ['', 'Acme', '-acme', 'acme corp', '../etc', 'acme.json', 'a'.repeat(64)]) {
    it(`refuses the invalid id ${JSON.stringify(id)}`, () => {
      expect(refusal(() => createConnection(id, VALID)).field).toBe('id');
    });
  }
});

describe('saving a base URL requests could never use', () => {
  it('refuses a host outside *.gong.io when saving, naming the field', () => {
    expect(() => createConnection('acme', { ...VALID, baseUrl: 'https://api.gong.io.example.com/' })).toThrow(
      /^API base URL: Request URL is not allowed: host "api\.gong\.io\.example\.com" is not a \*\.gong\.io host/,
    );
  });

  it('refuses user-info in the URL without repeating it', () => {
    const attempt = () =>
      createConnection('acme', { ...VALID, baseUrl: 'https://AKEY:SSECRET@us-1.api.gong.io/' });
    expect(attempt).toThrow(/it contains user-info/);
    expect(attempt).not.toThrow(/SSECRET/);
  });

  it('refuses a port or a path in the URL', () => {
    expect(() => createConnection('acme', { ...VALID, baseUrl: 'us-1.api.gong.io:8443' })).toThrow(
      /it contains a port/,
    );
    expect(() => createConnection('acme', { ...VALID, baseUrl: 'evil.com/x.gong.io' })).toThrow(
      /it contains a path/,
    );
  });

  it('refuses an edit that replaces the URL with a host outside *.gong.io', () => {
    const existing = createConnection('acme', VALID);
    expect(() => editConnection(existing, { baseUrl: 'evilgong.io' })).toThrow(ConnectionValidationError);
  });
});

describe('maskSecret', () => {
  it('shows bullets and the last 4 characters', () => {
    expect(maskSecret('abcdefgh1234')).toBe('••••••••1234');
  });

  it('shows bullets only for a secret of 4 characters or fewer', () => {
    expect(maskSecret('1234')).toBe('••••••••');
    expect(maskSecret('ab')).toBe('••••••••');
  });

  it('does not reveal the length of the secret', () => {
    expect(maskSecret('x'.repeat(10) + 'WXYZ')).toBe(maskSecret('x'.repeat(40) + 'WXYZ'));
  });
});

describe('editConnection', () => {
  const existing: Connection = createConnection('acme', VALID);

  it('keeps every field that is omitted', () => {
    expect(editConnection(existing, {})).toEqual(existing);
  });

  it('keeps every field that is left blank, the URL included', () => {
    expect(editConnection(existing, { baseUrl: '', accessKey: '  ', accessKeySecret: '' })).toEqual(existing);
  });

  it('keeps the stored URL when the URL typed is only a protocol', () => {
    expect(editConnection(existing, { baseUrl: 'https://' }).baseUrl).toBe('us-49467.api.gong.io');
  });

  it('keeps the key and secret when their masked display values are sent back', () => {
    const shown = describeConnection(existing);
    expect(
      editConnection(existing, { accessKey: shown.accessKey, accessKeySecret: shown.accessKeySecret }),
    ).toEqual(existing);
  });

  it('keeps a short secret when its bullets-only display value is sent back', () => {
    const short = { ...existing, accessKeySecret: 'abc' };
    expect(editConnection(short, { accessKeySecret: maskSecret('abc') }).accessKeySecret).toBe('abc');
  });

  it('replaces the access key with a newly typed one and keeps the secret', () => {
    const edited = editConnection(existing, { accessKey: 'NEWKEY0001' });
    expect(edited.accessKey).toBe('NEWKEY0001');
    expect(edited.accessKeySecret).toBe(existing.accessKeySecret);
  });

  it('replaces the secret with a newly typed one', () => {
    expect(editConnection(existing, { accessKeySecret: 'new-secret-5555' }).accessKeySecret).toBe(
      'new-secret-5555',
    );
  });

  it('normalizes an edited URL', () => {
    expect(editConnection(existing, { baseUrl: 'https://eu-777.api.gong.io//' }).baseUrl).toBe(
      'eu-777.api.gong.io',
    );
  });

  it('never changes the id', () => {
    expect(editConnection(existing, { accessKey: 'NEWKEY0001' }).id).toBe('acme');
  });
});

describe('describeConnection', () => {
  const connection = createConnection('acme', VALID);
  const view = describeConnection(connection);

  it('never contains the raw access key or secret', () => {
    const text = JSON.stringify(view);
    expect(text).not.toContain(VALID.accessKey);
    expect(text).not.toContain(VALID.accessKeySecret);
  });

  it('shows masked keys ending in their last 4 characters', () => {
    expect(view.accessKey).toBe('••••••••WXYZ');
    expect(view.accessKeySecret).toBe('••••••••9876');
  });

  it('shows the id', () => {
    expect(view.id).toBe('acme');
  });

  it('shows the URL without protocol', () => {
    expect(describeConnection({ ...connection, baseUrl: 'https://us-49467.api.gong.io/' }).baseUrl).toBe(
      'us-49467.api.gong.io',
    );
  });
});
