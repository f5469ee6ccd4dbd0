import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJava, checkMaven } from './prerequisites.ts';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const javaProject = join(packageRoot, 'java');
const launcherSource = join(javaProject, 'src/main/java/dev/newsgraph/neo4jlocal/EmbeddedNeo4j.java');

/** The Neo4j version the embedded default runs: the 5.26 LTS line, the last that runs on Java 17. */
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(join(javaProject, 'pom.xml'), 'utf8'))![1]!;

export interface Runtime {
  javaBin: string;
  /** Class path: the compiled launcher and every Neo4j jar. */
  classPath: string;
  /** True when this call downloaded or compiled something (false on a warm start). */
  provisioned: boolean;
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function run(cmd: string, args: string[], what: string): void {
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    // When the command cannot start (ENOENT) Node gives null output, whatever its types say.
    const { stdout, stderr } = result as { stdout: string | null; stderr: string | null };
    const output = `${stdout ?? ''}${stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${what} failed (exit ${result.status ?? result.error?.message}):\n${output}`);
  }
}

/**
 * Makes sure Neo4j's jars and the launcher are under `<cacheDir>/neo4j-<version>/`, downloading them with
 * Maven only when missing. A marker file written last means a cut-off download is redone, not half-used.
 */
export function provisionNeo4j(cacheDir: string, log: (line: string) => void = () => {}): Runtime {
  const javaBin = javaBinary();
  checkJava(javaBin);
  const home = join(cacheDir, `neo4j-${NEO4J_VERSION}`);
  const lib = join(home, 'lib');
  const classes = join(home, 'classes');
  const marker = join(home, 'provisioned.json');
  const launcherStamp = createHash('sha256').update(readFileSync(launcherSource)).digest('hex');
  let provisioned = false;

  if (!existsSync(marker)) {
    checkMaven(process.env.MAVEN_BIN ?? 'mvn');
    log(`Downloading Neo4j Community ${NEO4J_VERSION} from Maven Central (first start only)…`);
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    const staging = join(home, 'lib.partial');
    run(
      process.env.MAVEN_BIN ?? 'mvn',
      [
        '-q',
        '-B',
        '-f',
        join(javaProject, 'pom.xml'),
        'dependency:copy-dependencies',
        `-DoutputDirectory=${staging}`,
        '-DincludeScope=runtime',
      ],
      'Downloading Neo4j with Maven',
    );
    renameSync(staging, lib);
    writeFileSync(marker, JSON.stringify({ version: NEO4J_VERSION, jars: readdirSync(lib).length }));
    provisioned = true;
  }
  const stampFile = join(classes, '.source-stamp');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== launcherStamp) {
    rmSync(classes, { recursive: true, force: true });
    mkdirSync(classes, { recursive: true });
    const javac = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
    run(
      javac,
      ['-nowarn', '-cp', join(lib, '*'), '-d', classes, launcherSource],
      'Compiling the Neo4j launcher (javac)',
    );
    writeFileSync(stampFile, launcherStamp);
    provisioned = true;
  }
  return { javaBin, classPath: [classes, join(lib, '*')].join(':'), provisioned };
}
