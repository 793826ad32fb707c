import { SELLER, SELLER_PEOPLE } from './catalog';
import type { IdSource } from './ids';
import type { SimUser } from './types';

/** What {@link buildSimUser} needs; everything else gets a realistic default. */
export type BuildSimUserInput = Pick<SimUser, 'id' | 'firstName' | 'lastName'> & Partial<SimUser>;

/** Builds a Gong user with defaults; the email is derived from the name at the seller's domain. */
export function buildSimUser(input: BuildSimUserInput): SimUser {
  const emailAddress =
    input.emailAddress ?? `${asciiSlug(input.firstName)}.${asciiSlug(input.lastName)}@${SELLER.domain}`;
  return {
    emailAddress,
    created: '2023-03-01T09:00:00Z',
    active: true,
    emailAliases: [],
    trustedEmailAddress: emailAddress,
    title: null,
    phoneNumber: null,
    extension: null,
    personalMeetingUrls: [],
    settings: {
      webConferencesRecorded: true,
      preventWebConferenceRecording: false,
      telephonyCallsImported: false,
      emailsImported: true,
      preventEmailImport: false,
      nonRecordedMeetingsImported: false,
      gongConnectEnabled: true,
    },
    managerId: null,
    meetingConsentPageUrl: null,
    spokenLanguages: [{ language: 'en-US', primary: true }],
    ...input,
  };
}

/** The seller's sales team. The first person manages everyone else. */
export function createSellerUsers(ids: IdSource, now: Date): SimUser[] {
  const users: SimUser[] = [];
  SELLER_PEOPLE.forEach(([firstName, lastName, title], index) => {
    const id = ids.next(19);
    const created = new Date(now.getTime() - (900 - index * 40) * 86_400_000);
    users.push(
      buildSimUser({
        id,
        firstName,
        lastName,
        title,
        created: created.toISOString().replace('.000Z', 'Z'),
        // One deactivated rep, as real tenants always have someone who left.
        active: index !== SELLER_PEOPLE.length - 1,
        managerId: index === 0 ? null : (users[0]?.id ?? null),
        phoneNumber: index % 3 === 0 ? `+1 415 555 01${String(10 + index)}` : null,
        personalMeetingUrls: index % 2 === 0 ? [`https://zoom.us/my/${asciiSlug(firstName)}${index}`] : [],
        meetingConsentPageUrl: index === 0 ? `https://join.gong.io/${SELLER.domain}/consent` : null,
      }),
    );
  });
  return users;
}

/** Lower-case ASCII form of a name for email local parts ("Lucía" -> "lucia", "O'Brien" -> "obrien"). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
