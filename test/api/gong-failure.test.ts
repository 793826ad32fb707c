import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { describeGongFailure, FailureTypes } from '../../src/api';

const kindOf = (type: string) => describeGongFailure(ApplicationFailure.create({ message: 'm', type }))?.kind;

describe('the kind the platform reads of each failure type', () => {
  it.each([
    [FailureTypes.gongPaging, 'gong_paging'],
    [FailureTypes.retryAfterTooLong, 'retry_after_too_long'],
    [FailureTypes.responseTooLarge, 'gong_response_too_large'],
    [FailureTypes.connectionCorrupt, 'connection_corrupt'],
    [FailureTypes.secretKeyNotHeld, 'secret_key_not_held'],
    [FailureTypes.connectionBusy, 'connection_busy'],
  ])('%s is %s', (type, kind) => {
    expect(kindOf(type)).toBe(kind);
  });

  it('gives every failure type of the worker a kind of its own, never unknown', () => {
    expect(Object.values(FailureTypes).filter((type) => kindOf(type) === 'unknown')).toEqual([]);
  });

  it('calls a failure type the worker does not raise unknown', () => {
    expect(kindOf('SomeoneElsesError')).toBe('unknown');
    expect(kindOf('toString')).toBe('unknown');
  });
});
