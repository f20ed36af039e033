// Reads a HepMC3 ASCII file with the reference C++ library (HepMC3::ReaderAscii) and prints every
// event's content in a line format that HepMC3CppReaderTest compares with the events Upsilon wrote:
//   E <event number> <particles> <vertices> <momentum unit> <length unit> <weight>
//   P <id> <pdg> <status> <px> <py> <pz> <e> <production vertex id or 0> <end vertex id or 0>
//   V <id> <x> <y> <z> <ct> <has set position 0/1> in <ids of incoming> out <ids of outgoing>
// Numbers are printed with 17 significant digits, so each reads back as the same double.
// Exit status 1 if the reader reports a failure before the end of the file.
#include <HepMC3/GenEvent.h>
#include <HepMC3/GenParticle.h>
#include <HepMC3/GenVertex.h>
#include <HepMC3/ReaderAscii.h>
#include <HepMC3/Units.h>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    HepMC3::ReaderAscii reader(argv[1]);
    int events = 0;
    while (true) {
        HepMC3::GenEvent event;
        bool ok = reader.read_event(event);
        if (reader.failed()) {
            // read_event fails at the end of the listing; an event that was half read is an error.
            if (ok && !event.particles().empty()) {
                std::fprintf(stderr, "reader failed inside event %d\n", event.event_number());
                return 1;
            }
            break;
        }
        if (!ok) {
            std::fprintf(stderr, "read_event returned false after %d events\n", events);
            return 1;
        }
        events++;
        double weight = event.weights().empty() ? 0.0 : event.weights()[0];
        std::printf("E %d %zu %zu %s %s %.17g\n", event.event_number(), event.particles().size(),
                    event.vertices().size(), HepMC3::Units::name(event.momentum_unit()).c_str(),
                    HepMC3::Units::name(event.length_unit()).c_str(), weight);
        for (const auto& p : event.particles()) {
            const auto& m = p->momentum();
            int production = p->production_vertex() ? p->production_vertex()->id() : 0;
            int end = p->end_vertex() ? p->end_vertex()->id() : 0;
            std::printf("P %d %d %d %.17g %.17g %.17g %.17g %d %d\n", p->id(), p->pid(), p->status(), m.px(),
                        m.py(), m.pz(), m.e(), production, end);
        }
        for (const auto& v : event.vertices()) {
            // The vertex's own position (zero when not set), not the one inherited from its parents.
            const auto& x = v->data().position;
            std::printf("V %d %.17g %.17g %.17g %.17g %d in", v->id(), x.x(), x.y(), x.z(), x.t(),
                        v->has_set_position() ? 1 : 0);
            for (const auto& p : v->particles_in()) {
                std::printf(" %d", p->id());
            }
            std::printf(" out");
            for (const auto& p : v->particles_out()) {
                std::printf(" %d", p->id());
            }
            std::printf("\n");
        }
    }
    reader.close();
    std::printf("END %d\n", events);
    return 0;
}
