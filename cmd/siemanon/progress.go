package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/siemanon/siemanon/anon"
)

// progressInterval is the shortest time between two updates of the progress display.
const progressInterval = 250 * time.Millisecond

// progressFeature is the one-line progress display on standard error: shown only when
// standard error is a terminal and every input is a regular, uncompressed file, so the
// total is known. It never writes to standard output.
type progressFeature struct {
	off   bool
	flags *pflag.FlagSet // parsed by the time start runs: its Args are the inputs

	// isTerminal and now are term.IsTerminal on an *os.File and time.Now, unless a test
	// sets them.
	isTerminal func(w io.Writer) bool
	now        func() time.Time

	total, done  int64
	begin, shown time.Time
	width        int // of the last line shown, to clear it
}

func (p *progressFeature) addFlags(f *pflag.FlagSet) {
	p.flags = f
	f.BoolVar(&p.off, "no-progress", false, "never show the progress display (shown on standard error when it is a terminal)")
}

func stderrIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (p *progressFeature) start(s *streams, key []byte) (func(*anon.LineReport), error) {
	if p.off {
		return nil, nil
	}
	isTerminal := p.isTerminal
	if isTerminal == nil {
		isTerminal = stderrIsTerminal
	}
	if !isTerminal(s.stderr) {
		return nil, nil
	}
	var args []string
	if p.flags != nil {
		args = p.flags.Args()
	}
	total, ok := knownSize(args, s.stdin)
	if !ok || total == 0 {
		return nil, nil
	}
	if p.now == nil {
		p.now = time.Now
	}
	p.total, p.done, p.width = total, 0, 0
	p.begin = p.now()
	p.shown = p.begin
	return func(r *anon.LineReport) {
		// Each physical line had an ending but the last one, perhaps: close enough.
		p.done += int64(len(r.Input)) + 1
		if t := p.now(); t.Sub(p.shown) >= progressInterval {
			p.shown = t
			p.show(s.stderr, t)
		}
	}, nil
}

// show writes the progress line over the previous one.
func (p *progressFeature) show(w io.Writer, t time.Time) {
	line := progressLine(min(p.done, p.total), p.total, t.Sub(p.begin))
	pad := max(0, p.width-len(line))
	p.width = len(line)
	fmt.Fprintf(w, "\r%s%*s", line, pad, "")
}

// progressLine is the text of the display: bytes done of the total, rate and time left.
func progressLine(done, total int64, elapsed time.Duration) string {
	pct := float64(done) * 100 / float64(total)
	line := fmt.Sprintf("siemanon: %s of %s (%.0f%%)", byteSize(done), byteSize(total), pct)
	if secs := elapsed.Seconds(); secs > 0 && done > 0 {
		rate := float64(done) / secs
		left := time.Duration(float64(total-done) / rate * float64(time.Second))
		line += fmt.Sprintf(", %.1f MB/s, %s left", rate/1e6, clock(left))
	}
	return line
}

// clock formats a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

func (p *progressFeature) finish(s *streams, stats anon.Stats, runErr error) error {
	if p.width > 0 {
		// Clear the line, so what follows on standard error starts clean.
		fmt.Fprintf(s.stderr, "\r%*s\r", p.width, "")
		p.width = 0
	}
	return runErr
}

// knownSize returns the total size of the inputs when every one is a regular file that is
// not gzip-compressed (its size then says nothing of the lines it holds).
func knownSize(args []string, stdin io.Reader) (int64, bool) {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var total int64
	for _, name := range args {
		var f *os.File
		if name == "-" {
			in, ok := stdin.(*os.File)
			if !ok {
				return 0, false
			}
			f = in
		} else {
			var err error
			if f, err = os.Open(name); err != nil {
				return 0, false
			}
		}
		size, ok := plainFileSize(f)
		if name != "-" {
			f.Close()
		}
		if !ok {
			return 0, false
		}
		total += size
	}
	return total, true
}

// plainFileSize returns the bytes left to read in a regular file that is not
// gzip-compressed, without moving its offset: standard input may be such a file.
func plainFileSize(f *os.File) (int64, bool) {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0, false
	}
	off, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, false
	}
	var magic [2]byte
	if n, _ := f.ReadAt(magic[:], off); n == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return 0, false
	}
	return fi.Size() - off, true
}
