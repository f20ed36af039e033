#!/usr/bin/env python3
# Reliability probe (docs/reliability.md): writes ~200 bad inputs and runs the Upsilon jar on each,
# counting one-line errors with the expected exit status and no stack trace.
# Usage: python3 tools/reliability_probe.py upsilon-cli/target/upsilon-cli-*-all.jar \
#          upsilon-searches/src/main/resources/analyses/tau-l-phi.yaml upsilon-searches/src/main/resources/analyses/tau-l-alpha.yaml
"""Reliability probe: bad inputs a careful user might give; each should give one stderr line, exit 2 (or 3 for a failed computation), no stack trace."""
import json, os, subprocess, sys, tempfile, shutil, copy
JAR = sys.argv[1]
W = tempfile.mkdtemp(prefix='probe-')
os.chdir(W)
cases = []
def case(cls, name, args, expect=(2,), files=None):
    cases.append((cls, name, args, expect, files or {}))

good_ws = {"channels":[{"name":"ch","samples":[{"name":"sig","data":[5.0,3.0],"modifiers":[{"name":"mu","type":"normfactor","data":None}]},{"name":"bkg","data":[50.0,40.0],"modifiers":[{"name":"unc","type":"shapesys","data":[5.0,4.0]}]}]}],
 "observations":[{"name":"ch","data":[52.0,41.0]}],"measurements":[{"name":"meas","config":{"poi":"mu","parameters":[]}}],"version":"1.0.0"}
def ws_variant(f):
    w = copy.deepcopy(good_ws); f(w); return json.dumps(w)
def setp(path, val):
    def f(w):
        o = w
        for k in path[:-1]: o = o[k]
        o[path[-1]] = val
    return f
def delp(path):
    def f(w):
        o = w
        for k in path[:-1]: o = o[k]
        del o[path[-1]]
    return f
wsv = {
 'syntax-trailing-comma': '{"channels": [],}',
 'truncated': json.dumps(good_ws)[:200],
 'empty-file': '',
 'not-json-yaml': 'channels:\n - name: x\n',
 'array-top': '[1,2,3]',
 'number-top': '42',
 'bom-garbage': '\ufeff\x00\x01{',
 'deep-nesting': '['*100000 + ']'*100000,
 'no-channels': ws_variant(delp(['channels'])),
 'no-observations': ws_variant(delp(['observations'])),
 'no-measurements': ws_variant(delp(['measurements'])),
 'empty-channels': ws_variant(setp(['channels'], [])),
 'channel-no-samples': ws_variant(setp(['channels',0,'samples'], [])),
 'sample-data-string': ws_variant(setp(['channels',0,'samples',0,'data'], "abc")),
 'sample-data-nan-string': ws_variant(setp(['channels',0,'samples',0,'data'], ["NaN", 1])),
 'sample-data-null': ws_variant(setp(['channels',0,'samples',0,'data'], [None, 1])),
 'bin-count-mismatch': ws_variant(setp(['channels',0,'samples',0,'data'], [1.0])),
 'obs-bin-mismatch': ws_variant(setp(['observations',0,'data'], [1.0,2.0,3.0])),
 'obs-negative': ws_variant(setp(['observations',0,'data'], [-5.0,2.0])),
 'obs-huge': ws_variant(setp(['observations',0,'data'], [1e308,2.0])),
 'bkg-negative': ws_variant(setp(['channels',0,'samples',1,'data'], [-50.0,40.0])),
 'bkg-1e308': ws_variant(setp(['channels',0,'samples',1,'data'], [1e308,40.0])),
 'all-zero': ws_variant(lambda w: [s.__setitem__('data',[0.0,0.0]) for s in w['channels'][0]['samples']]),
 'unknown-modifier-type': ws_variant(setp(['channels',0,'samples',0,'modifiers',0,'type'], "magic")),
 'modifier-no-name': ws_variant(delp(['channels',0,'samples',0,'modifiers',0,'name'])),
 'shapesys-wrong-len': ws_variant(setp(['channels',0,'samples',1,'modifiers',0,'data'], [1.0])),
 'shapesys-negative': ws_variant(setp(['channels',0,'samples',1,'modifiers',0,'data'], [-1.0, 2.0])),
 'normsys-missing-hi': ws_variant(setp(['channels',0,'samples',1,'modifiers'], [{"name":"n","type":"normsys","data":{"lo":0.9}}])),
 'normsys-zero': ws_variant(setp(['channels',0,'samples',1,'modifiers'], [{"name":"n","type":"normsys","data":{"lo":0.0,"hi":1.1}}])),
 'histosys-bad': ws_variant(setp(['channels',0,'samples',1,'modifiers'], [{"name":"h","type":"histosys","data":{"lo_data":[1],"hi_data":[1,2]}}])),
 'poi-missing': ws_variant(setp(['measurements',0,'config','poi'], "nope")),
 'poi-not-string': ws_variant(setp(['measurements',0,'config','poi'], 3)),
 'param-bounds-inverted': ws_variant(setp(['measurements',0,'config','parameters'], [{"name":"mu","bounds":[[10,0]]}])),
 'param-init-out-of-bounds': ws_variant(setp(['measurements',0,'config','parameters'], [{"name":"mu","inits":[50],"bounds":[[0,10]]}])),
 'param-unknown': ws_variant(setp(['measurements',0,'config','parameters'], [{"name":"ghost","inits":[1]}])),
 'duplicate-channel': ws_variant(lambda w: w['channels'].append(copy.deepcopy(w['channels'][0]))),
 'duplicate-sample': ws_variant(lambda w: w['channels'][0]['samples'].append(copy.deepcopy(w['channels'][0]['samples'][0]))),
 'obs-unknown-channel': ws_variant(setp(['observations',0,'name'], "other")),
 'version-wrong': ws_variant(setp(['version'], "9.9.9")),
 'duplicate-json-key': json.dumps(good_ws)[:-1] + ', "version": "1.0.0"}',
 'lumi-no-auxdata': ws_variant(setp(['channels',0,'samples',1,'modifiers'], [{"name":"lumi","type":"lumi","data":None}])),
 'staterror-neg': ws_variant(setp(['channels',0,'samples',1,'modifiers'], [{"name":"st","type":"staterror","data":[-1.0,1.0]}])),
}
for n, txt in wsv.items():
    fn = f'ws-{n}.json'
    for cmd in (['inspect'], ['fit'], ['cls'], ['upperlimit']):
        if cmd[0] in ('inspect','fit') or n in ('bkg-negative','all-zero','bkg-1e308','obs-negative','obs-huge','deep-nesting','syntax-trailing-comma','unknown-modifier-type','poi-missing'):
            case('workspace', f'{cmd[0]} {n}', ['stats'] + cmd + [fn], files={fn: txt})
with open('good.json','w') as f: json.dump(good_ws, f)
patches = {
 'patch-not-array': '{"op":"add"}',
 'patch-bad-op': '[{"op":"explode","path":"/channels/0","value":1}]',
 'patch-bad-path': '[{"op":"replace","path":"/nope/0/x","value":1}]',
 'patch-syntax': '[{"op":',
 'patch-makes-bad-model': '[{"op":"replace","path":"/channels/0/samples/1/data","value":[-50,40]}]',
 'patchset-dup-names': json.dumps({"metadata":{"references":{},"digests":{"sha256":"x"},"labels":["m"],"description":"d"},"patches":[{"metadata":{"name":"a","values":[1]},"patch":[]},{"metadata":{"name":"a","values":[2]},"patch":[]}],"version":"1.0.0"}),
}
for n, txt in patches.items():
    case('patch', n, ['stats','cls','good.json','--patch', f'{n}.json'], files={f'{n}.json': txt})
case('patch', 'patch-name-on-plain-patch', ['stats','cls','good.json','--patch','p.json','--patch-name','a'], files={'p.json':'[]'})
case('patch', 'missing-patch-file', ['stats','cls','good.json','--patch','nope.json'])
for opt in (['--poi-value','NaN'],['--poi-value','-1'],['--poi-value','1e308'],['--level','2'],['--level','NaN'],['--rtol','-1'],['--poi-value','abc']):
    case('stats-options', ' '.join(opt), ['stats','cls' if opt[0]=='--poi-value' else 'upperlimit','good.json']+opt)
case('stats-options','missing workspace',['stats','fit','nope.json'])
case('stats-options','directory as workspace',['stats','fit','.'])
os.makedirs('adir', exist_ok=True)
# LHE
lhe_good_head = '<LesHouchesEvents version="3.0">\n<init>\n11 -11 7.0 4.0 0 0 0 0 3 1\n1.0 0.01 1.0 1\n</init>\n'
ev = '<event>\n 2 1 1.0 91.0 0.0078 0.118\n 11 -1 0 0 0 0 0 0 7.0 7.0 0.000511 0 9\n -11 -1 0 0 0 0 0 0 -4.0 4.0 0.000511 0 9\n</event>\n'
lhes = {
 'lhe-empty': '',
 'lhe-no-init': '<LesHouchesEvents version="3.0">\n' + ev + '</LesHouchesEvents>\n',
 'lhe-truncated-event': lhe_good_head + '<event>\n 2 1 1.0 91.0\n',
 'lhe-nan-momentum': lhe_good_head + ev.replace('7.0 7.0','NaN 7.0') + '</LesHouchesEvents>\n',
 'lhe-count-mismatch': lhe_good_head + ev.replace(' 2 1 1.0',' 5 1 1.0') + '</LesHouchesEvents>\n',
 'lhe-bad-int': lhe_good_head + ev.replace(' 11 -1',' eleven -1') + '</LesHouchesEvents>\n',
 'lhe-huge-count': lhe_good_head + ev.replace(' 2 1 1.0',' 2000000000 1 1.0') + '</LesHouchesEvents>\n',
 'lhe-binary': '\x00\x01\x02\x03'*100,
 'lhe-unknown-pdg': lhe_good_head + ev.replace(' -11 -1',' 9999999 -1') + '</LesHouchesEvents>\n',
 'lhe-mother-out-of-range': lhe_good_head + ev.replace(' -11 -1 0 0',' -11 1 7 7') + '</LesHouchesEvents>\n',
 'lhe-xml-entity-bomb': '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><LesHouchesEvents version="3.0">&b;</LesHouchesEvents>',
 'lhe-bad-version': lhe_good_head.replace('3.0','7.5') + ev + '</LesHouchesEvents>\n',
}
for n, txt in lhes.items():
    case('lhe', n, ['convert', f'{n}.lhe', '--out', f'{n}.hepmc3'], files={f'{n}.lhe': txt})
case('lhe','missing lhe',['convert','nope.lhe','--out','x.hepmc3'])
# analysis YAML
base = open(sys.argv[2]).read()
yv = {
 'yaml-syntax': base.replace('luminosity_fb: 190.0','luminosity_fb: [190.0'),
 'yaml-unknown-key': base + '\nbogus_key: 1\n',
 'yaml-dup-seed': base.replace('seed: 1 ','seed: 1\nseed: 2 ',1),
 'yaml-lumi-negative': base.replace('luminosity_fb: 190.0','luminosity_fb: -190.0'),
 'yaml-lumi-string': base.replace('luminosity_fb: 190.0','luminosity_fb: lots'),
 'yaml-lumi-nan': base.replace('luminosity_fb: 190.0','luminosity_fb: .nan'),
 'yaml-lumi-inf': base.replace('luminosity_fb: 190.0','luminosity_fb: .inf'),
 'yaml-bad-beam': base.replace('beam: Y4S','beam: Y9S'),
 'yaml-bad-process': base.replace('process: ee-mumu','process: ee-nothing'),
 'yaml-events-negative': base.replace('events: 100000','events: -5'),
 'yaml-events-huge': base.replace('events: 100000','events: 1e30'),
 'yaml-eff-unc-one': base.replace('efficiency_uncertainty: 0.05','efficiency_uncertainty: 1.0'),
 'yaml-missing-detector': base.replace('detector: belle2','detector: nowhere.yaml'),
 'yaml-alias-bomb': 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n',
 'yaml-deep': 'analysis: ' + '['*20000 + ']'*20000 + '\n',
 'yaml-java-tag': '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]\n',
 'yaml-empty': '',
 'yaml-top-list': '- a\n- b\n',
 'yaml-unknown-analysis': base.replace('analysis: tau-l-phi','analysis: no-such'),
 'yaml-seed-float': base.replace('seed: 1 ','seed: 1.5 ',1),
 'yaml-binary': '\x00\x01\x02',
 'yaml-tab-indent': base.replace('  process: tau-lphi','\tprocess: tau-lphi'),
 'yaml-backgrounds-not-list': base.replace('backgrounds:\n  - name: mumu','backgrounds: 7\nxx:\n  - name: mumu'),
}
for n, txt in yv.items():
    case('analysis-yaml', n, ['run', f'{n}.yaml', '--quick', '--out', f'out-{n}'], files={f'{n}.yaml': txt})
# Cut expressions: take tau-l-alpha (cuts: lists)
ta = open(sys.argv[3]).read()
line = 'e: "daughter(0, electronID) > 0.9"'
assert line in ta
for n, expr in {'cut-syntax': 'nTracks >= ', 'cut-unknown-var': 'nosuchvar > 1', 'cut-code': 'java.lang.Runtime.getRuntime().exec(\\"touch /tmp/pwned\\")', 'cut-shell': '$(touch /tmp/pwned2)', 'cut-huge-number': 'thrust > 1e999', 'cut-unbalanced': '((thrust > 1)', 'cut-empty': '', 'cut-system-exit': 'System.exit(0)', 'cut-unknown-function': 'daughter(0, nosuch) > 1', 'cut-bad-daughter': 'daughter(-1, electronID) > 0.9', 'cut-string-compare': 'thrust > "abc"'}.items():
    txt = ta.replace(line, 'e: "' + expr + '"', 1)
    case('cut-expression', n, ['run', f'{n}.yaml', '--quick', '--out', f'out-{n}'], files={f'{n}.yaml': txt})
# CLI options
cli = [
 ['generate','ee-mumu','--events','9223372036854775807','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','1e15','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','-1','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','abc','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','0','--out','x.hepmc3'],
 ['generate','ee-nothing','--events','10','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','10','--out','x.txt'],
 ['generate','ee-mumu','--events','10','--out','adir'],
 ['generate','ee-mumu','--events','10','--out','/proc/x.hepmc3'],
 ['generate','ee-mumu','--events','10','--out','nodir/x.hepmc3'],
 ['generate','ee-mumu','--events','10','--seed','abc','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','10','--threads','0','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','10','--threads','-3','--out','x.hepmc3'],
 ['generate','ee-mumu','--events','10','--preset','Y9S','--out','x.hepmc3'],
 ['generate','ee-mumu-zprime','--param','mass=-1','--events','10','--out','x.hepmc3'],
 ['generate','ee-mumu-zprime','--param','mass=abc','--events','10','--out','x.hepmc3'],
 ['generate','ee-mumu-zprime','--param','mass=1','--param','mass=2','--events','10','--out','x.hepmc3'],
 ['generate','ee-mumu-zprime','--param','nosuch=1','--events','10','--out','x.hepmc3'],
 ['generate','ee-mumu-zprime','--param','mass=20','--events','10','--out','x.hepmc3'],
 ['generate','ee-mumu','--param','mass=1','--events','10','--out','x.hepmc3'],
 ['xsec','ee-mumu','--events','-5'],
 ['xsec','ee-nothing','--events','10'],
 ['xsec','ee-mumu','--events','10','--preset','nope'],
 ['beam','--preset','nope'],
 ['run','no-such-search'],
 ['run','tau-l-phi','--out','.'],
 ['run','tau-l-phi','--out','adir-user'],
 ['run','tau-l-phi','--out','afile.txt'],
 ['run','tau-l-phi','--out','/proc/out'],
 ['run','tau-l-phi','--seed','x'],
 ['run','tau-l-phi','--threads','abc'],
 ['stats'],
 ['nosuchcommand'],
 ['generate'],
 ['stats','cls'],
 ['--no-such-option'],
]
os.makedirs('adir-user', exist_ok=True); open('adir-user/precious.txt','w').write('x')
open('afile.txt','w').write('x')
for a in cli:
    case('cli-options', ' '.join(a), a)
results = []
for cls, name, args, expect, files in cases:
    for fn, txt in files.items():
        with open(fn, 'w', encoding='utf-8', errors='surrogatepass') as f: f.write(txt)
    try:
        p = subprocess.run(['java','-Xmx2g','-Djava.awt.headless=true','-jar',JAR]+args, capture_output=True, text=True, timeout=120, errors='replace')
        rc, err, out = p.returncode, p.stderr, p.stdout
    except subprocess.TimeoutExpired:
        rc, err, out = 'timeout', '', ''
    lines = [l for l in err.splitlines() if l.strip() and not l.startswith('upsilon: note:')]
    trace = '\tat ' in err or 'Exception' in err
    ok = rc in expect and len(lines) == 1 and not trace
    results.append((cls, name, rc, len(lines), trace, ok, lines[:2]))
    print(('OK  ' if ok else 'BAD ') + f'[{cls}] {name}: rc={rc} lines={len(lines)} trace={trace} :: {(lines[0] if lines else "")[:160]}', flush=True)
good = sum(r[5] for r in results)
print(f'\nTOTAL {len(results)}; one line + expected exit, no trace: {good}')
for c in sorted(set(r[0] for r in results)):
    rs = [r for r in results if r[0]==c]
    print(f'  {c}: {sum(r[5] for r in rs)}/{len(rs)}')
for f in ('/tmp/pwned','/tmp/pwned2'):
    print(f, 'EXISTS (code executed!)' if os.path.exists(f) else 'absent')
shutil.rmtree(W, ignore_errors=True)
