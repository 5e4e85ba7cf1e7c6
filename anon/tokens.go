package anon

import (
	"bytes"
	"encoding/base64"
	"unicode/utf8"
)

// Credentials that announce themselves: API keys and tokens whose issuers give them a
// fixed prefix so that secret scanners can find them (GitHub, GitLab, Slack, Stripe,
// AWS, Google, HashiCorp Vault, npm, Docker Hub, PyPI, SendGrid, OpenAI, Anthropic,
// Hugging Face, Tailscale, Mollie, Brevo, Klarna, Razorpay; cPanel's sessions), and JSON Web Tokens, whose payload names
// the user. Found by shape anywhere in text: in a command line, an error message, a URL.
// The prefix stays, so a reader still sees what kind of credential it was; the rest is
// replaced as a secret.

// tokenPrefix is one issuer's prefix and the shortest tail a token of it has.
type tokenPrefix struct {
	prefix  string
	minTail int
	charset func(byte) bool
}

// mixedTailBelow: for these prefixes, a tail shorter than the length given must mix
// upper case, lower case and digits, as random ones do.
var mixedTailBelow = map[string]int{"sk-": 32, "live_": 64, "test_": 64}

func isTokenByte(c byte) bool { return isAlnum(c) || c == '_' || c == '-' }

func isTokenDotByte(c byte) bool { return isTokenByte(c) || c == '.' }

func isUpperAlnum(c byte) bool { return c >= 'A' && c <= 'Z' || isDigit(c) }

// tokenPrefixes, by first byte. Tails are the issuers' documented lengths or a safe
// lower bound of them.
var tokenPrefixes = func() (t [256][]tokenPrefix) {
	for _, p := range []tokenPrefix{
		{"ghp_", 30, isAlnum}, {"gho_", 30, isAlnum}, {"ghu_", 30, isAlnum},
		{"ghs_", 30, isAlnum}, {"ghr_", 30, isAlnum}, {"github_pat_", 40, isTokenByte},
		{"glpat-", 20, isTokenByte}, {"gldt-", 20, isTokenByte}, {"glrt-", 20, isTokenByte},
		{"glptt-", 20, isTokenByte}, {"glcbt-", 20, isTokenByte},
		{"xoxb-", 20, isTokenByte}, {"xoxp-", 20, isTokenByte}, {"xoxa-", 20, isTokenByte},
		{"xoxr-", 20, isTokenByte}, {"xoxs-", 20, isTokenByte}, {"xoxe-", 20, isTokenByte},
		{"xapp-", 20, isTokenByte},
		{"sk_live_", 16, isAlnum}, {"sk_test_", 16, isAlnum}, {"rk_live_", 16, isAlnum},
		{"rk_test_", 16, isAlnum}, {"whsec_", 16, isAlnum},
		{"AKIA", 16, isUpperAlnum}, {"ASIA", 16, isUpperAlnum},
		{"AIza", 35, isTokenByte},
		{"ya29.", 40, isTokenDotByte}, // Google's OAuth 2.0 access tokens
		{"hvs.", 20, isTokenByte}, {"hvb.", 20, isTokenByte}, {"hvr.", 20, isTokenByte},
		{"npm_", 36, isAlnum}, {"dckr_pat_", 20, isTokenByte}, {"pypi-", 50, isTokenByte},
		// OpenAI (sk-proj-...), Anthropic (sk-ant-...); LiteLLM's virtual keys are sk- and
		// 22 bytes of base64url.
		{"sk-", 20, isTokenByte},
		{"shpat_", 32, isAlnum}, {"shpss_", 32, isAlnum},
		{"glsa_", 32, isTokenByte}, {"glc_", 32, isTokenByte}, // Grafana service account, Grafana Cloud
		// Tailscale: auth, API, OAuth client and SCIM keys, and a node's keys
		{"tskey-auth-", 20, isTokenByte}, {"tskey-api-", 20, isTokenByte}, {"tskey-client-", 20, isTokenByte},
		{"tskey-scim-", 20, isTokenByte}, {"tskey-", 20, isTokenByte},
		{"nodekey:", 64, isHex}, {"discokey:", 64, isHex}, {"mkey:", 64, isHex},
		{"hf_", 28, isAlnum},                           // Hugging Face access tokens (34 after hf_ today)
		{"live_", 30, isAlnum}, {"test_", 30, isAlnum}, // Mollie's API keys
		{"cpsess", 10, isDigit}, // cPanel's session in every URL's path: /cpsess4718203956/
		// Brevo (formerly Sendinblue): API and SMTP keys, 64 hex digits, '-', 16 letters and digits
		{"xkeysib-", 64, isTokenByte}, {"xsmtpsib-", 64, isTokenByte},
		{"klarna_live_api_", 30, isTokenByte}, {"klarna_test_api_", 30, isTokenByte}, // Klarna's API keys
		{"rzp_live_", 14, isAlnum}, {"rzp_test_", 14, isAlnum}, // Razorpay's API keys
	} {
		t[p.prefix[0]] = append(t[p.prefix[0]], p)
	}
	return t
}()

// minTokenLen is the length of the shortest token tokenAt finds: a run shorter than
// this is not looked at.
const minTokenLen = 16

// tokenAt returns the length of the prefix of a credential that starts at s[0] and the
// credential's length, or 0, 0. The credential must end at a byte of no token (a blank,
// a quote, '&', the end).
func tokenAt(s []byte) (prefix, n int) {
	if len(s) < minTokenLen {
		return 0, 0
	}
	if s[0] == 'e' && s[1] == 'y' && s[2] == 'J' {
		return 0, jwtLen(s)
	}
	if s[0] == 'S' && s[1] == 'G' && s[2] == '.' {
		return 3, sendGridLen(s)
	}
	if s[0] == '$' {
		if n := krb5HashLen(s); n > 0 {
			return 0, n
		}
		if s[1] == '9' && s[2] == '$' {
			return 3, junosSecretLen(s)
		}
		return cryptHashLen(s)
	}
	if isDigit(s[0]) && len(s) >= bitLockerLen && s[6] == '-' {
		return 0, bitLockerKeyLen(s)
	}
	if p, n := environmentKeyLen(s); n > 0 {
		return p, n
	}
	if len(s) >= fileVaultLen && s[4] == '-' && s[9] == '-' {
		if n := fileVaultKeyLen(s); n > 0 {
			return 0, n
		}
	}
	if n := telegramTokenLen(s); n > 0 {
		return 0, n
	}
	if n := fcmTokenLen(s); n > 0 {
		return 0, n
	}
	if n := playPurchaseTokenLen(s); n > 0 {
		return 0, n
	}
	if s[0] == 'b' && len(s) > 3 && s[1] == 'o' && s[2] == 't' {
		if n := telegramTokenLen(s[3:]); n > 0 {
			return 3, 3 + n // https://api.telegram.org/botTOKEN/sendMessage
		}
	}
	if s[0] == 'T' || s[0] == 'S' || s[0] == 'P' {
		if p, n := casTicketLen(s); n > 0 {
			return p, n
		}
	}
	for _, p := range tokenPrefixes[s[0]] {
		if len(s) < len(p.prefix)+p.minTail || string(s[:len(p.prefix)]) != p.prefix {
			continue
		}
		end := len(p.prefix)
		for end < len(s) && p.charset(s[end]) {
			end++
		}
		if end-len(p.prefix) < p.minTail || end < len(s) && (isTokenByte(s[end]) || s[end] == '.') {
			return 0, 0
		}
		if end-len(p.prefix) < mixedTailBelow[p.prefix] && !mixedCaseToken(s[len(p.prefix):end]) {
			return 0, 0 // sk-learn-is-a-python-library-name
		}
		return len(p.prefix), end
	}
	return 0, 0
}

// casTicketLen returns the length of the kind and number of an Apereo CAS ticket at s[0]
// (TGT-47-, ST-3-, PGT-, PT-, PGTIOU-) and of the whole ticket, whose random tail (a
// ticket-granting ticket is a session's bearer credential) may end in the server's
// suffix (-cas02), or 0, 0.
func casTicketLen(s []byte) (prefix, n int) {
	k := 0
	for k < len(s) && k < 6 && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	switch string(s[:k]) {
	case "TGT", "ST", "PGT", "PT", "PGTIOU":
	default:
		return 0, 0
	}
	if k >= len(s) || s[k] != '-' {
		return 0, 0
	}
	k++
	d := k
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == d || k >= len(s) || s[k] != '-' {
		return 0, 0
	}
	prefix = k + 1
	end := prefix
	for end < len(s) && isTokenByte(s[end]) {
		end++
	}
	if end-prefix < 15 || !mixedCaseToken(s[prefix:end]) || end < len(s) && s[end] == '.' {
		return 0, 0 // (a random tail mixes cases and digits)
	}
	return prefix, end
}

// fcmTokenLen returns the length of a Firebase Cloud Messaging registration token at s[0]
// (an instance id, ":APA91b", then a long base64url tail: a device's push address), or 0.
func fcmTokenLen(s []byte) int {
	colon := 0
	for colon < len(s) && colon <= 64 && isTokenByte(s[colon]) {
		colon++
	}
	if colon < 8 || !bytes.HasPrefix(s[colon:], []byte(":APA91b")) {
		return 0
	}
	end := colon + 7
	for end < len(s) && isTokenByte(s[end]) {
		end++
	}
	if end-colon-7 < 60 || end < len(s) && s[end] == '.' {
		return 0
	}
	return end
}

// playPurchaseTokenLen returns the length of a Google Play purchase token at s[0]:
// twenty-four lower-case letters, ".AO-J1O" and more base64url, or 0. It names one
// purchase, and with the app's credentials it reads the buyer's order.
func playPurchaseTokenLen(s []byte) int {
	if len(s) < 40 || s[24] != '.' || !bytes.HasPrefix(s[25:], []byte("AO-J1O")) {
		return 0
	}
	for _, c := range s[:24] {
		if c < 'a' || c > 'z' {
			return 0
		}
	}
	end := 31
	for end < len(s) && isTokenByte(s[end]) {
		end++
	}
	if end-31 < 16 {
		return 0
	}
	return end
}

// jwtLen returns the length of a JSON Web Token at s[0] (header.payload.signature, each
// base64url, the first two JSON objects: "eyJ"), or 0. A token whose header names its
// algorithm ({"alg":...) is one whatever its other parts hold: an encrypted token (JWE,
// five parts, the second empty under direct encryption) or a payload that is no JSON.
func jwtLen(s []byte) int {
	end := 0
	for part := 0; part < 3; part++ {
		start := end
		if part < 2 && !bytes.HasPrefix(s[start:], []byte("eyJ")) {
			if part == 1 {
				return algHeaderJWTLen(s, start-1)
			}
			return 0
		}
		for end < len(s) && isTokenByte(s[end]) {
			end++
		}
		if part < 2 && (end-start < 10 || end == len(s) || s[end] != '.') {
			return 0
		}
		if part < 2 {
			end++
		}
	}
	return end
}

// algHeaderJWTLen returns the length of a token of three or five parts at s[0] whose
// header, s[:dot], decodes to a JSON object with an "alg" member, or 0.
func algHeaderJWTLen(s []byte, dot int) int {
	var buf [192]byte
	header := s[:dot]
	if len(header) > base64.RawURLEncoding.EncodedLen(len(buf)) {
		return 0
	}
	n, err := base64.RawURLEncoding.Decode(buf[:], bytes.TrimRight(header, "="))
	if err != nil || !bytes.Contains(buf[:n], []byte(`"alg"`)) {
		return 0
	}
	end, parts := dot, 1
	for end < len(s) && s[end] == '.' && parts < 5 {
		start := end + 1
		end = start
		for end < len(s) && isTokenByte(s[end]) {
			end++
		}
		if end-start < 10 && !(parts == 1 && end < len(s) && s[end] == '.') {
			return 0 // (only a JWE's encrypted key may be empty or short)
		}
		parts++
	}
	if parts != 3 && parts != 5 || end < len(s) && s[end] == '.' {
		return 0
	}
	return end
}

// cryptHashLen returns the length of the prefix ($2y$10$, $6$rounds=5000$, $1$) and of
// the whole of a password hash in the crypt(3) format at s[0], or 0, 0: bcrypt, MD5,
// SHA-256 and SHA-512 crypt, yescrypt. A hash is a secret: it can be cracked offline.
func cryptHashLen(s []byte) (prefix, n int) {
	isCryptByte := func(c byte) bool { return isAlnum(c) || c == '.' || c == '/' }
	var id string
	switch {
	case bytes.HasPrefix(s, []byte("$2a$")), bytes.HasPrefix(s, []byte("$2b$")), bytes.HasPrefix(s, []byte("$2y$")):
		id = "bcrypt"
	case bytes.HasPrefix(s, []byte("$1$")), bytes.HasPrefix(s, []byte("$5$")), bytes.HasPrefix(s, []byte("$6$")),
		bytes.HasPrefix(s, []byte("$y$")):
		id = "crypt"
	case bytes.HasPrefix(s, []byte("$apr1$")):
		id = "apr1" // Apache's htpasswd MD5
	default:
		return 0, 0
	}
	if id == "bcrypt" {
		// $2y$CC$ and 53 bytes of salt and hash
		if len(s) < 60 || !isDigit(s[4]) || !isDigit(s[5]) || s[6] != '$' {
			return 0, 0
		}
		for _, c := range s[7:60] {
			if !isCryptByte(c) {
				return 0, 0
			}
		}
		if len(s) > 60 && (isCryptByte(s[60]) || s[60] == '$') {
			return 0, 0
		}
		return 7, 60
	}
	// $ID$[PARAMS$]SALT$HASH: the last part is the hash, 22 bytes or more.
	end, last, dollars := 3, 3, 2
	if id == "apr1" {
		end, last = 6, 6
	}
	for end < len(s) && end < 256 && (isCryptByte(s[end]) || s[end] == '$' || s[end] == '=') {
		if s[end] == '$' {
			dollars++
			last = end + 1
		}
		end++
	}
	if dollars < 3 || end-last < 22 || end < len(s) && (isTokenByte(s[end]) || s[end] == '.') {
		return 0, 0
	}
	if id == "apr1" {
		return 6, end
	}
	return 3, end
}

// cryptSchemeLen returns the length of the scheme that starts a secret in the modular
// crypt form ($9$, $8$, $6$, $apr1$, $2y$), or 0.
func cryptSchemeLen(v []byte) int {
	if len(v) < 4 || v[0] != '$' {
		return 0
	}
	for k := 1; k < len(v) && k <= 5; k++ {
		if v[k] == '$' {
			if k == 1 {
				return 0
			}
			return k + 1
		}
		if !isAlnum(v[k]) {
			return 0
		}
	}
	return 0
}

// junosSecretLen returns the length of a Junos "$9$" secret at s[0] (a password that
// Junos obscures reversibly, so as good as plain), which ends at a quote, or 0.
func junosSecretLen(s []byte) int {
	end := 3
	for end < len(s) && s[end] > ' ' && s[end] < 0x7f && s[end] != '"' && s[end] != '\'' {
		end++
	}
	if end-3 < 8 || end == len(s) || s[end] != '"' {
		return 0
	}
	return end
}

// krb5HashLen returns the length of a Kerberos hash as roasting tools print it
// ($krb5tgs$23$*user$REALM$spn*$..., $krb5asrep$23$user@REALM:..., $krb5pa$...), up to
// a blank or a quote, or 0. It can be cracked offline: a secret, the names in it too.
func krb5HashLen(s []byte) int {
	if !bytes.HasPrefix(s, []byte("$krb5tgs$")) && !bytes.HasPrefix(s, []byte("$krb5asrep$")) && !bytes.HasPrefix(s, []byte("$krb5pa$")) {
		return 0
	}
	n := 0
	for n < len(s) && s[n] > ' ' && s[n] != '"' && s[n] != '\'' && s[n] != ',' {
		n++
	}
	if n < 40 {
		return 0
	}
	return n
}

// bitLockerLen is the length of a BitLocker recovery password: eight groups of six digits.
const bitLockerLen = 8*6 + 7

// bitLockerKeyLen returns the length of the BitLocker recovery password at s[0]
// (088011-454982-...-206437, eight groups of six digits joined by '-'), or 0. It unlocks
// the drive: a secret.
func bitLockerKeyLen(s []byte) int {
	if len(s) < bitLockerLen || len(s) > bitLockerLen && (isAlnum(s[bitLockerLen]) || s[bitLockerLen] == '-') {
		return 0
	}
	for k := 0; k < bitLockerLen; k++ {
		if k%7 == 6 {
			if s[k] != '-' {
				return 0
			}
		} else if !isDigit(s[k]) {
			return 0
		}
	}
	return bitLockerLen
}

// environmentKeyLen returns the prefix's and the whole length of an API key named for its
// issuer and environment, as many services write theirs (kv_live_..., bm_prod_...,
// ab_test_...: two to five lower case letters, live, prod or test, and sixteen letters and
// digits or more), or 0, 0. The prefix stays; the rest is a secret.
func environmentKeyLen(s []byte) (prefix, n int) {
	k := 0
	for k < len(s) && k <= 5 && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	if k < 2 || k > 5 || k+6 >= len(s) || s[k] != '_' {
		return 0, 0
	}
	if env := s[k+1 : k+6]; string(env) != "live_" && string(env) != "prod_" && string(env) != "test_" {
		return 0, 0
	}
	p := k + 6
	e, digits := p, 0
	for e < len(s) && isAlnum(s[e]) {
		digits += btoi(isDigit(s[e]))
		e++
	}
	if e-p < 16 || digits == 0 || e < len(s) && (isTokenByte(s[e]) || s[e] == '.') {
		return 0, 0
	}
	return p, e
}

// fileVaultLen is the length of a FileVault personal recovery key: six groups of four
// upper case letters and digits.
const fileVaultLen = 6*4 + 5

// fileVaultKeyLen returns the length of the FileVault personal recovery key at s[0]
// (7J5K-7N5P-PTT8-FVJ6-NFX2-HV7C, as Jamf escrows it), or 0. It unlocks the disk: a
// secret. Letters and digits must both be there, so a date or a serial of digits is none.
func fileVaultKeyLen(s []byte) int {
	if len(s) > fileVaultLen && (isAlnum(s[fileVaultLen]) || s[fileVaultLen] == '-') {
		return 0
	}
	letters, digits := 0, 0
	for k := 0; k < fileVaultLen; k++ {
		switch c := s[k]; {
		case k%5 == 4:
			if c != '-' {
				return 0
			}
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z':
			letters++
		default:
			return 0
		}
	}
	if letters < 4 || digits < 4 {
		return 0
	}
	return fileVaultLen
}

// sendGridLen returns the length of a SendGrid API key, SG.<22>.<43>, or 0.
func sendGridLen(s []byte) int {
	end := 3
	for end < len(s) && isTokenByte(s[end]) {
		end++
	}
	if end-3 < 16 || end == len(s) || s[end] != '.' {
		return 0
	}
	mid := end + 1
	end = mid
	for end < len(s) && isTokenByte(s[end]) {
		end++
	}
	if end-mid < 30 {
		return 0
	}
	return end
}

// telegramTokenLen returns the length of a Telegram bot's token at s[0] (the bot's id,
// ':', 35 characters of URL-safe base64), or 0.
func telegramTokenLen(s []byte) int {
	k := 0
	for k < len(s) && k < 11 && isDigit(s[k]) {
		k++
	}
	if k < 8 || k >= len(s) || s[k] != ':' {
		return 0
	}
	e := k + 1
	for e < len(s) && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-') {
		e++
	}
	if e-k-1 != 35 {
		return 0
	}
	return e
}

// base64RunLen returns the length of standard base64 at the start of s, its padding
// included, when that length is a multiple of four and no letter, digit or '=' runs on
// after it; or 0.
func base64RunLen(s []byte) int {
	n := 0
	for n < len(s) && (isAlnum(s[n]) || s[n] == '+' || s[n] == '/') {
		n++
	}
	pad := n
	for pad < len(s) && pad-n < 2 && s[pad] == '=' {
		pad++
	}
	if pad%4 != 0 || pad < len(s) && (isAlnum(s[pad]) || s[pad] == '=') {
		return 0
	}
	return pad
}

// basicCredentialsLen returns the length of HTTP Basic credentials at the start of s, the
// base64 of USER:PASSWORD after "Basic ", or 0: found by shape wherever a proxy or a web
// server logs the header (HAProxy's captured headers, mod_log_forensic, nginx's
// $http_authorization), since the decoded form names both.
func basicCredentialsLen(s []byte) int {
	pad := base64RunLen(s)
	if pad < 8 || pad > 256 {
		return 0
	}
	var buf [192]byte
	m, err := base64.StdEncoding.Decode(buf[:], s[:pad])
	if err != nil || m < 3 {
		return 0
	}
	colon := false
	for _, c := range buf[:m] {
		if c < 0x20 || c == 0x7f {
			return 0
		}
		colon = colon || c == ':'
	}
	if !colon || buf[0] == ':' {
		return 0
	}
	return pad
}

// saslCredentialsLen returns the length of one SASL response at the start of s, the
// base64 an SMTP, IMAP or POP3 client sends after AUTH PLAIN (authzid NUL user NUL
// password) or AUTH LOGIN (the user, then the password), or 0. IDS payloads and mail
// servers' debug logs carry the exchange; decoded, it names the credentials.
func saslCredentialsLen(s []byte, plain bool) int {
	pad := base64RunLen(s)
	if pad < 4 || pad > 512 {
		return 0
	}
	var buf [384]byte
	m, err := base64.StdEncoding.Decode(buf[:], s[:pad])
	if err != nil || m < 2 || !utf8.Valid(buf[:m]) {
		return 0
	}
	nuls := 0
	for _, c := range buf[:m] {
		if c == 0 {
			nuls++
		} else if c < 0x20 || c == 0x7f {
			return 0
		}
	}
	if plain && nuls != 2 || !plain && nuls != 0 {
		return 0
	}
	return pad
}
