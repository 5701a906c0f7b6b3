import { icsInvite, icsText } from './ics';

describe('icsInvite', () => {
  it('writes one event with escaped text, folded long lines and CRLF endings', () => {
    const ics = icsInvite(
      {
        uid: 'abc',
        start: new Date('2027-03-02T09:30:00Z'),
        durationMinutes: 45,
        summary: 'Mentoring: Ada & Ben',
        location: 'Room 4; 2nd floor, Berlin',
        description: `Agenda:\n1. Goals, plans\n${'x'.repeat(120)}`,
        cancelled: false,
      },
      new Date('2027-03-01T00:00:00Z'),
    );
    expect(ics.split('\r\n')).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'UID:abc@mentorbridge',
        'DTSTART:20270302T093000Z',
        'DTEND:20270302T101500Z',
        'LOCATION:Room 4\\; 2nd floor\\, Berlin',
        'STATUS:CONFIRMED',
      ]),
    );
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:Agenda:\\n1. Goals\\, plans\\nxxx');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('marks a cancelled session', () => {
    const ics = icsInvite({
      uid: 'c',
      start: new Date(),
      durationMinutes: 30,
      summary: 's',
      location: null,
      description: '',
      cancelled: true,
    });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('LOCATION');
    expect(icsText('a\\b')).toBe('a\\\\b');
  });
});
