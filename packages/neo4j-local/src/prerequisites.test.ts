import { describe, expect, it } from 'vitest';
import { MissingPrerequisiteError, checkJava, checkMaven } from './prerequisites.ts';

describe('prerequisite checks', () => {
  it('explains a missing Java and how to fix it', () => {
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(MissingPrerequisiteError);
    expect(() => checkJava('/nonexistent/bin/java')).toThrow(/Java 17 or newer.*JAVA_HOME.*NEO4J_URI/s);
  });

  it('explains a missing Maven and how to fix it', () => {
    expect(() => checkMaven('/nonexistent/bin/mvn')).toThrow(/Maven was not found.*install Maven/s);
  });

  it('accepts the Java on this machine', () => {
    expect(checkJava('java')).toBeGreaterThanOrEqual(17);
  });
});
