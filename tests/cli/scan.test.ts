import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanLine } from '../../src/cli/scan-jsonl';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('scan --jsonl', () => {
  it('answers each line with id, risk and findings', () => {
    const out = JSON.parse(scanLine(JSON.stringify({ id: 'dev-x', text: 'Pt MRN 00452318 in bed 4' })));
    expect(out.id).toBe('dev-x');
    expect(out.risk).toBe('high');
    expect(out.findings).toContainEqual(expect.objectContaining({ category: 'identifier', start: 7, end: 15 }));
  });

  it.each(['not json', '[1,2]', '{"id":"a"}', '{"text":"x"}', 'null'])('gives a per-line error for %s', (line) => {
    const out = JSON.parse(scanLine(line));
    expect(out.id).toBeNull();
    expect(typeof out.error).toBe('string');
  });

  it('runs as the documented command, in order, carrying on past a malformed line', () => {
    const input = ['{"id":"1","text":"Happy #NursesWeek to the best team in the building!"}', '{oops', '{"id":"2","text":"SSN 912-44-0087"}'].join('\n');
    const output = execFileSync('npm', ['run', '--silent', 'scan', '--', '--jsonl'], { cwd: root, input, encoding: 'utf8' });
    const lines = output.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['1', null, '2']);
    expect(lines[0].risk).toBe('none');
    expect(lines[2].risk).toBe('high');
  });

  it('prints a readable report with advice for one draft', () => {
    const output = execFileSync('npm', ['run', '--silent', 'scan'], { cwd: root, input: 'Mrs. Greer (DOB 7/22/46) nailed her inhaler technique', encoding: 'utf8' });
    expect(output).toContain('Risk: high');
    expect(output).toMatch(/name \(high\)/);
    expect(output).toContain('What to do:');
  });
});
