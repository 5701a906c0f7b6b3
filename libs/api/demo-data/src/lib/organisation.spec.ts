import { buildDemoOrganisation, DEMO_ACCOUNTS } from './organisation';

describe('buildDemoOrganisation', () => {
  const people = buildDemoOrganisation();

  it('is the same organisation every time, so screenshots and docs stay true', () => {
    expect(buildDemoOrganisation().map((p) => p.email)).toEqual(people.map((p) => p.email));
  });

  it('gives every person a unique email and a manager who appears before them', () => {
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    const seen = new Set<string>();
    for (const person of people) {
      if (person.managerKey) expect(seen.has(person.managerKey)).toBe(true);
      seen.add(person.key);
    }
  });

  it('contains each documented demo account with its role', () => {
    for (const account of DEMO_ACCOUNTS) {
      const person = people.find((p) => p.email === account.email);
      expect(person?.roles).toContain(account.role);
      expect(person?.displayName).toBe(account.displayName);
    }
  });

  it("keeps the demo mentor and mentee out of each other's reporting line", () => {
    const byKey = new Map(people.map((p) => [p.key, p]));
    const line = (key: string): string[] => {
      const manager = byKey.get(key)?.managerKey;
      return manager ? [manager, ...line(manager)] : [];
    };
    expect(line('demo-mentee')).not.toContain('demo-mentor');
    expect(line('demo-mentor')).not.toContain('demo-mentee');
  });
});
