import { spawnSync } from 'node:child_process';

/** Raised when Java or Maven is missing or too old; its message says what to install. */
export class MissingPrerequisiteError extends Error {
  override name = 'MissingPrerequisiteError';
}

const MIN_JAVA = 17;

/** Returns the major version of the `java` on PATH (or JAVA_HOME), or throws an actionable error. */
export function checkJava(javaBin: string): number {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingPrerequisiteError(
      `Java was not found (tried "${javaBin}"). The embedded Neo4j needs Java ${MIN_JAVA} or newer: ` +
        `install a JDK (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME, ` +
        `or point newsgraph at an existing Neo4j with NEO4J_URI.`,
    );
  }
  const banner = `${result.stderr}${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(banner);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!Number.isFinite(major) || major < MIN_JAVA) {
    throw new MissingPrerequisiteError(
      `Java ${MIN_JAVA}+ is required for the embedded Neo4j, found: ${banner.split('\n')[0] ?? 'unknown'}. ` +
        `Install a newer JDK or set JAVA_HOME to one.`,
    );
  }
  return major;
}

/** Checks that Maven answers; only needed the first time, to download Neo4j's jars. */
export function checkMaven(mvnBin: string): void {
  const result = spawnSync(mvnBin, ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingPrerequisiteError(
      `Maven was not found (tried "${mvnBin}"). newsgraph downloads Neo4j Community from Maven Central with Maven ` +
        `the first time it starts: install Maven 3.6+ (Debian/Ubuntu: apt-get install maven), ` +
        `or point newsgraph at an existing Neo4j with NEO4J_URI.`,
    );
  }
  const match = /Apache Maven (\d+)\.(\d+)/.exec(result.stdout);
  if (match && (Number(match[1]) < 3 || (Number(match[1]) === 3 && Number(match[2]) < 6))) {
    throw new MissingPrerequisiteError(`Maven 3.6 or newer is required, found ${match[0]}.`);
  }
}
