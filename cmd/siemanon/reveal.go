package main

import (
	"crypto/cipher"
	"errors"
	"fmt"
	"slices"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/siemanon/siemanon/anon"
)

const revealLong = `reveal restores pseudonyms: it reads pseudonymized lines, from the files named or from
standard input, and writes each line back with the pseudonyms it can prove replaced by
their originals. Every other byte, and every line ending, stays.

With the key of the run that made the pseudonyms (--key-file or SIEMANON_KEY), IPv4, IPv6,
MAC and SID pseudonyms are decrypted: they are keyed permutations; with --shift-time,
timestamps are shifted back. With a map written by --map-out (--map, and --map-key when
it is encrypted), every category the map holds is restored, whole tokens only, byte for
byte. Give both when you have both.

reveal never guesses. With the key, each candidate is checked by pseudonymizing the
restored line again: it is restored only where the engine turns it back into the very
token it replaces, and only where that token would not have been kept as it stands (a
product version such as Chrome/120.0.0.0, an address given to --keep). Give reveal the
--only, --skip, --keep, --keep-oui, --ip-prefix and --profile of the run that made the pseudonyms. A
pseudonym that the map gives for two different originals is never restored.

Without a map, a wrong key cannot be told from the right one: every address is the
pseudonym of some address under any key. With a map, the key is checked against it.`

const revealExample = `  siemanon --key-file team.key --map-out fw.map fw.log > fw.clean.log
  siemanon reveal --key-file team.key --map fw.map fw.clean.log
  siemanon reveal --key-file team.key --stats < fw.clean.log | grep 10.1.2.3`

const revealExitStatus = `
EXIT STATUS
  0  every line was read and written
  1  an input could not be read, or a line was longer than --max-line (written back unchanged)
  2  usage error, and a map that cannot be read: encrypted without --map-key, a wrong
     --map-key, a damaged record, or a key that does not match the map
`

type revealOptions struct {
	keyFile, mapFile, mapKey string
	stats                    bool
	only, skip, profiles     []string
	keepFile                 string
	keepOUI, shiftTime       bool
	ipPrefix                 bool
	maxLine                  string
}

func newRevealCmd(s *streams) *cobra.Command {
	opts := &revealOptions{}
	cmd := &cobra.Command{
		Use:     "reveal [flags] [FILE...]",
		Short:   "Restore the originals of pseudonyms, by key or by map",
		Long:    revealLong,
		Example: revealExample,
		Args:    cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReveal(s, opts, args)
		},
	}
	cmd.SetHelpTemplate(cmd.HelpTemplate() + revealExitStatus)
	f := cmd.Flags()
	f.StringVar(&opts.keyFile, "key-file", "", "the key of the run that made the pseudonyms, from `FILE`; overrides SIEMANON_KEY")
	f.StringVar(&opts.mapFile, "map", "", "restore the values of the map `FILE` written by --map-out")
	f.StringVar(&opts.mapKey, "map-key", "", "decrypt the map with the key in `FILE`")
	f.BoolVar(&opts.stats, "stats", false, "print the number of values restored, per category, to standard error")
	f.StringSliceVar(&opts.only, "only", nil, "the --only of the run that made the pseudonyms")
	f.StringSliceVar(&opts.skip, "skip", nil, "the --skip of the run that made the pseudonyms")
	f.StringVar(&opts.keepFile, "keep", "", "the --keep `FILE` of the run that made the pseudonyms")
	f.BoolVar(&opts.keepOUI, "keep-oui", false, "the run that made the pseudonyms kept the vendor part of MACs")
	f.BoolVar(&opts.ipPrefix, "ip-prefix", false, "the run that made the pseudonyms mapped IPv4 addresses prefix-preservingly")
	f.StringSliceVar(&opts.profiles, "profile", nil, "the --profile of the run that made the pseudonyms")
	f.BoolVar(&opts.shiftTime, "shift-time", false, "the run that made the pseudonyms shifted timestamps: shift them back (needs the key)")
	f.StringVar(&opts.maxLine, "max-line", "64MiB", "longest line checked; a longer one is written back unchanged and reported")
	return cmd
}

func runReveal(s *streams, opts *revealOptions, args []string) error {
	maxLine, err := parseSize(opts.maxLine)
	if err != nil {
		return usageError("--max-line: %v", err)
	}
	var key []byte
	if opts.keyFile != "" || s.getenv("SIEMANON_KEY") != "" {
		if key, err = loadKey(opts.keyFile, s.getenv); err != nil {
			return err
		}
	}
	if opts.mapKey != "" && opts.mapFile == "" {
		return usageError("--map-key needs --map")
	}
	var m *anon.RevealMap
	if opts.mapFile != "" {
		var aead cipher.AEAD
		if opts.mapKey != "" {
			if aead, err = readMapKey(opts.mapKey); err != nil {
				return err
			}
		}
		if m, err = readMap(opts.mapFile, aead); err != nil {
			return err
		}
		for _, a := range m.Ambiguous() {
			fmt.Fprintf(s.stderr, "siemanon: --map: the %s pseudonym %q stands for %d originals: it is not restored\n",
				a.Category, a.Pseudonym, len(a.Originals))
		}
	}
	if opts.shiftTime && key == nil {
		return usageError("--shift-time needs the key (--key-file or SIEMANON_KEY): timestamps are shifted back with it")
	}
	if key == nil && m == nil {
		return usageError("reveal needs the key (--key-file or SIEMANON_KEY), a map (--map), or both")
	}
	keep, err := readKeepFile(opts.keepFile)
	if err != nil {
		return err
	}
	profiles, err := loadProfiles(opts.profiles)
	if err != nil {
		return err
	}
	r, err := anon.NewRevealer(anon.RevealConfig{Key: key, Map: m, Only: opts.only, Skip: opts.skip,
		Keep: keep, KeepOUI: opts.keepOUI, IPv4Prefix: opts.ipPrefix, Profiles: profiles, ShiftTime: opts.shiftTime, MaxLine: maxLine,
		Warn: func(w anon.Warning) { fmt.Fprintf(s.stderr, "siemanon: %s\n", w) }})
	if err != nil {
		return usageError("%v", err)
	}
	err = r.Run(s.stdout, inputs(args, s.stdin))
	if opts.stats {
		stats := r.Stats()
		names := make([]string, 0, len(stats))
		for c := range stats {
			names = append(names, c)
		}
		slices.Sort(names)
		var total int64
		for _, c := range names {
			fmt.Fprintf(s.stderr, "restored %-12s %d\n", c, stats[c])
			total += stats[c]
		}
		fmt.Fprintf(s.stderr, "restored %-12s %d\n", "total", total)
	}
	if err != nil {
		if errors.Is(err, syscall.EPIPE) {
			return err
		}
		return &exitError{code: exitIncomplete, err: err}
	}
	return nil
}
