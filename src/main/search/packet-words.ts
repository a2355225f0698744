import { Index } from 'flexsearch';
import { wordsIn } from '../moderation/comment-words';
import { packetText } from './search-text';

const READ_AT_ONCE = 8;

/**
 * A word index over frozen packets' text, read lazily: a packet is read and its words added the
 * first time a search that covers packets finds it named by a workflow step. Frozen packets never
 * change (their name is their SHA-256), so nothing is ever re-read or replaced.
 */
export class PacketWords {
  private readonly words = new Index({
    tokenize: 'strict',
    encode: wordsIn,
    resolution: 1,
    fastupdate: false,
  });
  private readonly rows: string[] = [];
  private readonly indexed = new Set<string>();
  /** Packets that could not be read, with why (a missing or changed file). */
  private readonly unreadable = new Map<string, string>();

  constructor(private readonly read: (sha256: string) => Promise<string>) {}

  /** Reads and indexes the packets named that are not indexed yet. */
  async cover(named: Iterable<string>): Promise<void> {
    const wanted = [...new Set(named)].filter(
      (sha256) => !this.indexed.has(sha256) && !this.unreadable.has(sha256),
    );
    for (let at = 0; at < wanted.length; at += READ_AT_ONCE) {
      const batch = wanted.slice(at, at + READ_AT_ONCE);
      const texts = await Promise.all(
        batch.map((sha256) =>
          this.read(sha256).then(
            (html) => ({ sha256, text: packetText(html) }),
            (error: unknown) => ({
              sha256,
              error: error instanceof Error ? error.message : String(error),
            }),
          ),
        ),
      );
      for (const outcome of texts) {
        if ('error' in outcome) {
          this.unreadable.set(outcome.sha256, outcome.error);
          continue;
        }
        this.indexed.add(outcome.sha256);
        this.words.add(this.rows.length, outcome.text);
        this.rows.push(outcome.sha256);
      }
    }
  }

  /** Packets holding every word of the query, by SHA-256. */
  search(query: string): string[] {
    return this.words
      .search(query, { limit: this.rows.length + 1 })
      .flatMap((id) => this.rows[Number(id)] ?? []);
  }

  /** The packets named but not readable, with why, for the search's notices. */
  problems(): ReadonlyMap<string, string> {
    return this.unreadable;
  }
}
