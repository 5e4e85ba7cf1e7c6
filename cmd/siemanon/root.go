package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/siemanon/siemanon/anon"
)

// Exit statuses, as documented in --help and the README.
const (
	exitOK         = 0
	exitIncomplete = 1
	exitUsage      = 2
)

// exitError carries the exit status of an error up to run, which maps it once.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// streams are the process's standard streams and environment, passed in so tests run the
// command in-process.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	s := &streams{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	cmd := newRootCmd(s)
	if args == nil {
		args = []string{}
	}
	cmd.SetArgs(args)
	cmd.SetIn(stdin)
	// Cobra prints help to its "out"; errors are printed below, once.
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	if errors.Is(err, syscall.EPIPE) {
		return exitOK // the reader went away (siemanon big.log | head): not our failure
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.code != exitIncomplete || !errors.Is(ee.err, anon.ErrIncomplete) {
			fmt.Fprintf(stderr, "siemanon: %v\n", ee.err)
		}
		if ee.code == exitUsage {
			fmt.Fprintln(stderr, "Run 'siemanon --help' for usage.")
		}
		return ee.code
	}
	// Errors cobra finds in flags and arguments are usage errors.
	fmt.Fprintf(stderr, "siemanon: %v\nRun 'siemanon --help' for usage.\n", err)
	return exitUsage
}

// parseSize reads a byte count: a number with an optional K, M or G suffix (powers of
// 1024, with or without "iB").
func parseSize(s string) (int, error) {
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(s)), "B"), "I")
	mult := 1
	switch {
	case strings.HasSuffix(t, "K"):
		mult = 1 << 10
	case strings.HasSuffix(t, "M"):
		mult = 1 << 20
	case strings.HasSuffix(t, "G"):
		mult = 1 << 30
	}
	if mult > 1 {
		t = t[:len(t)-1]
	}
	n, err := strconv.Atoi(t)
	if err != nil || n <= 0 || n > (1<<31)/mult {
		return 0, fmt.Errorf("invalid size %q", s)
	}
	return n * mult, nil
}

const rootLong = `siemanon pseudonymizes security logs. It reads lines from the files named, or from
standard input, and writes each line to standard output with every sensitive value
replaced by a pseudonym of the same shape: an IPv4 address by an IPv4 address of the
same class, an email by an email, and so on. Lines that are JSON records are rewritten
by key; everything else is scanned as text. Every other byte stays as it was.

The same value always gets the same pseudonym within a run. With a key (--key-file or
SIEMANON_KEY, 64 hex digits) pseudonyms are the same across runs and machines; without
one, a random key is made for the run and never shown.`

const rootExample = `  siemanon < auth.log > auth.clean.log
  siemanon --key-file team.key fw.log events.ndjson.gz - < more.log > out.log
  siemanon keygen team.key`

const exitStatusHelp = `
EXIT STATUS
  0  every line was processed
  1  a line could not be processed (it was replaced by a marker), an input could not be
     read, or --verify found a value left in an output line; each case is reported on
     standard error as siemanon: FILE:LINE: message
  2  usage error
  3  (siemanon scan --fail-on LEVEL) a finding at or above LEVEL
`

type rootOptions struct {
	keyFile   string
	only      []string
	skip      []string
	keepFile  string
	extraKeep []string // keep values from --config
	config    string
	profiles  []string
	keepOUI   bool
	ipPrefix  bool
	shiftTime bool
	maxLine   string
	workers   int
	showVers  bool
}

// A filterFeature watches the filter's stream (--verify, --stats, --map-out): it adds its
// flags, and when the run starts it may give an observer of every line, in input order.
type filterFeature interface {
	addFlags(f *pflag.FlagSet)
	// start is called once the key is known, before the first line; the observer it
	// returns, when not nil, sees every line.
	start(s *streams, key []byte) (observe func(*anon.LineReport), err error)
	// finish is called after the run with its counts and error; what it returns becomes
	// the run's error.
	finish(s *streams, stats anon.Stats, runErr error) error
}

func newRootCmd(s *streams) *cobra.Command {
	opts := &rootOptions{}
	// Each feature on its own line: they are independent of each other.
	features := []filterFeature{
		&progressFeature{}, // first: it clears its line before the others report
		&verifyFeature{},
		&statsFeature{},
		&mapOut{},
	}
	cmd := &cobra.Command{
		Use:           "siemanon [flags] [FILE...]",
		Short:         "Pseudonymize security logs, line by line",
		Long:          rootLong,
		Example:       rootExample,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.showVers {
				fmt.Fprintln(s.stdout, "siemanon", version())
				return nil
			}
			if err := applyConfig(cmd, opts); err != nil {
				return err
			}
			return runFilter(s, opts, features, args)
		},
	}
	cmd.SetHelpTemplate(cmd.HelpTemplate() + exitStatusHelp)
	f := cmd.Flags()
	f.StringVar(&opts.keyFile, "key-file", "", "read the 256-bit key from `FILE` (64 hex digits or 32 bytes); overrides SIEMANON_KEY")
	f.StringSliceVar(&opts.only, "only", nil, "rewrite only these `categories` (comma-separated)")
	f.StringSliceVar(&opts.skip, "skip", nil, "do not rewrite these `categories` (comma-separated)")
	f.StringVar(&opts.keepFile, "keep", "", "never rewrite the values listed in `FILE` (one per line; IPs may be CIDR prefixes)")
	f.StringVar(&opts.config, "config", "", "read settings from the YAML `FILE`; flags override it")
	f.StringSliceVar(&opts.profiles, "profile", nil, "rewrite JSON records by these profiles only (built-in `NAME` or profile FILE); default: chosen per record")
	f.BoolVar(&opts.keepOUI, "keep-oui", false, "keep the vendor part (OUI) of MAC addresses")
	f.BoolVar(&opts.ipPrefix, "ip-prefix", false, "map IPv4 addresses prefix-preservingly: addresses in one subnet stay in one subnet")
	f.BoolVar(&opts.shiftTime, "shift-time", false, "move every timestamp by one keyed offset of whole weeks (order, intervals, time of day and weekday kept)")
	f.StringVar(&opts.maxLine, "max-line", "64MiB", "longest line processed; a longer one is replaced by a marker and reported")
	f.IntVar(&opts.workers, "workers", 0, "goroutines rewriting lines (0: one per CPU); the output is the same for any number")
	f.BoolVar(&opts.showVers, "version", false, "print the version and exit")
	for _, feature := range features {
		feature.addFlags(f)
	}
	cmd.AddCommand(newKeygenCmd(s), newCategoriesCmd(s), newProfilesCmd(s),
		newScanCmd(s),
		newCheckCmd(s),
		newRevealCmd(s),
	)
	return cmd
}

// engineConfig turns the engine's flags into a Config (without an observer): the filter,
// scan and check share it.
func engineConfig(s *streams, opts *rootOptions, key []byte) (anon.Config, error) {
	maxLine, err := parseSize(opts.maxLine)
	if err != nil {
		return anon.Config{}, usageError("--max-line: %v", err)
	}
	if opts.workers < 0 {
		return anon.Config{}, usageError("--workers must be 0 or more")
	}
	keep, err := readKeepFile(opts.keepFile)
	if err != nil {
		return anon.Config{}, err
	}
	keep = append(keep, opts.extraKeep...)
	profiles, err := loadProfiles(opts.profiles)
	if err != nil {
		return anon.Config{}, err
	}
	return anon.Config{
		Key:        key,
		Only:       opts.only,
		Skip:       opts.skip,
		Keep:       keep,
		Profiles:   profiles,
		KeepOUI:    opts.keepOUI,
		IPv4Prefix: opts.ipPrefix,
		ShiftTime:  opts.shiftTime,
		MaxLine:    maxLine,
		Workers:    opts.workers,
		Warn: func(w anon.Warning) {
			fmt.Fprintf(s.stderr, "siemanon: %s\n", w)
		},
	}, nil
}

func runFilter(s *streams, opts *rootOptions, features []filterFeature, args []string) error {
	key, err := loadKey(opts.keyFile, s.getenv)
	if err != nil {
		return err
	}
	cfg, err := engineConfig(s, opts, key)
	if err != nil {
		return err
	}
	var observers []func(*anon.LineReport)
	for _, feature := range features {
		observe, err := feature.start(s, key)
		if err != nil {
			return err
		}
		if observe != nil {
			observers = append(observers, observe)
		}
	}
	var observe func(*anon.LineReport)
	if len(observers) > 0 {
		observe = func(r *anon.LineReport) {
			for _, o := range observers {
				o(r)
			}
		}
	}
	cfg.Observe = observe
	eng, err := anon.New(cfg)
	if err != nil {
		return usageError("%v", err)
	}
	err = eng.Run(s.stdout, inputs(args, s.stdin))
	for _, feature := range features {
		err = feature.finish(s, eng.Stats(), err)
	}
	if err != nil {
		if errors.Is(err, syscall.EPIPE) {
			return err
		}
		return &exitError{code: exitIncomplete, err: err}
	}
	return nil
}
