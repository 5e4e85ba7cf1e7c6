package anon

import (
	"errors"
	"strings"

	"github.com/siemanon/siemanon/categories"
	"github.com/siemanon/siemanon/metakeys"
)

// Engine is one pseudonymization session: a key, the categories that are on, and the
// values learned from context so far. Its Run method processes streams; an Engine runs
// one stream at a time.
type Engine struct {
	cfg  Config
	keys *categories.Keyring
	cats categorySet

	// proto holds the session's mappers; workers clone them and share their tables.
	proto struct {
		ipv4 *categories.IPv4Mapper
		ipv6 *categories.IPv6Mapper
		mac  *categories.MACMapper
	}
	single *worker // for RewriteLine

	// profiles are the forced profiles, or all built-in ones when autoProfiles is set:
	// then each record gets those whose signature keys it has.
	profiles         []*metakeys.Profile
	autoProfiles     bool
	signatures       map[string]uint64 // exact signature paths: a bit per profile
	foldedSignatures map[string]uint64 // of case-insensitive profiles, lower case
	signatureHeads   map[string]bool   // proper prefixes of signatures
	maxSignature     int               // the longest signature, in bytes

	observing  bool // Config.Observe is set
	collisions *collisions
	ecs        *metakeys.Profile // generic field names for records no profile detects
	winlog     *metakeys.Profile // Windows event data names, for events rendered as XML text
	// winlogNames are the winlog profile's event data names (its "**.Name" rows), lower
	// case, with their categories: for events written as Name="value" text.
	winlogNames map[string]string
	zeek        *metakeys.Profile // Zeek's field names, for its TSV logs
	shifter     *categories.TimeShifter
	rawKeys     *rawKeyTable
	keep        *keepSet
	learned     learnedSet
	nextSeq     int64
	// laterCost is the work per byte of a chunk after the first, relative to the first:
	// those chunks also hash their tokens and redo lines. It comes from the last
	// batch and sets how the next one is split, so the workers finish together.
	laterCost float64
	freshBits []uint64 // storage of the filter of values new in a batch
	// memoOff turns the value memo off, for tests that check it changes nothing.
	memoOff bool

	stats Stats
}

// Stats counts what a session did.
type Stats struct {
	Lines     int64 // input lines
	Documents int64 // multi-line JSON documents among them
	Dropped   int64 // lines that could not be processed and were replaced by a marker
	BytesIn   int64
	BytesOut  int64
}

// New starts a session.
func New(cfg Config) (*Engine, error) {
	if err := cfg.normalize(); err != nil {
		return nil, err
	}
	cats, err := newCategorySet(cfg.Only, cfg.Skip)
	if err != nil {
		return nil, err
	}
	if cfg.ShiftTime {
		cats |= 1 << categoryIndex(categories.Time)
	}
	keys, err := categories.NewKeyring(cfg.Key)
	if err != nil {
		return nil, err
	}
	keep, err := newKeepSet(cfg.Keep)
	if err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, keys: keys, cats: cats, profiles: cfg.Profiles, rawKeys: builtinRawKeys, keep: keep,
		observing: cfg.Observe != nil, collisions: newCollisions()}
	if len(e.profiles) > 64 {
		return nil, errors.New("at most 64 profiles")
	}
	if len(e.profiles) == 0 {
		e.profiles, e.autoProfiles = metakeys.Builtin(), true
		e.signatures = map[string]uint64{}
		e.foldedSignatures = map[string]uint64{}
		e.signatureHeads = map[string]bool{}
		for k, p := range e.profiles {
			for _, sig := range p.Signatures() {
				if p.CaseInsensitive() {
					sig = strings.ToLower(sig)
					e.foldedSignatures[sig] |= 1 << k
				} else {
					e.signatures[sig] |= 1 << k
				}
				e.maxSignature = max(e.maxSignature, len(sig))
				// Every proper prefix of a signature is a head: the walk down a path
				// stops at the first prefix that is none.
				for i := range len(sig) {
					if sig[i] == '.' {
						e.signatureHeads[sig[:i]] = true
					}
				}
			}
		}
	}
	e.ecs, _ = metakeys.ByName("ecs")
	e.winlog, _ = metakeys.ByName("winlog")
	if e.winlog != nil {
		e.winlogNames = map[string]string{}
		for _, f := range e.winlog.Fields() {
			if name, ok := strings.CutPrefix(f.Path, "**."); ok && f.Category != "none" && !strings.ContainsAny(name, ".*") {
				e.winlogNames[strings.ToLower(name)] = f.Category
			}
		}
	}
	e.zeek, _ = metakeys.ByName("zeek")
	e.shifter = categories.NewTimeShifter(keys)
	e.proto.ipv4 = categories.NewIPv4(keys)
	if cfg.IPv4Prefix {
		e.proto.ipv4 = categories.NewIPv4Prefix(keys)
	}
	e.proto.ipv6 = categories.NewIPv6(keys, e.proto.ipv4)
	e.proto.mac = categories.NewMAC(keys, cfg.KeepOUI)
	return e, nil
}

// Stats returns the counts of the session so far.
func (e *Engine) Stats() Stats { return e.stats }

// RewriteLine appends the rewritten form of one line (without its line ending) to dst.
// It is the one-line form of Run, for programs that have their lines already; it is not
// safe for concurrent use.
func (e *Engine) RewriteLine(dst, line []byte) []byte {
	if e.single == nil {
		e.single = newWorker(e)
	}
	e.single.seq = e.nextSeq
	e.nextSeq++
	return e.single.rewriteLine(dst, line)
}
