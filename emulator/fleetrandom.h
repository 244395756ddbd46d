// Deterministic draws for the simulated fleet. Every draw is a pure function of the seed and
// of what it is for (scope, instance serial, event number, purpose), so the fleet at a given
// fleet time is the same whatever order requests arrived in or how often it was advanced.
// A counter-based mix (splitmix64) is used instead of QRandomGenerator because 100,000
// instances each need an independent stream, and a Mersenne Twister per instance would cost
// 2.5 KB each.
#pragma once

#include <QString>
#include <QtGlobal>

#include <cmath>

class FleetRandom
{
public:
    // What a draw is for; part of the hash so that two purposes never share a value.
    enum Purpose : quint64 {
        InstanceId = 1,
        Name,
        Zone,
        Type,
        Address,
        PublicAddress,
        InitialState,
        InitialAge,
        NextState,
        Duration,
        Respawn,
    };

    static constexpr quint64 mix(quint64 x)
    {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }

    static constexpr quint64 draw(quint64 seed, quint64 scope, quint64 serial, quint64 counter,
                                  Purpose purpose)
    {
        return mix(mix(mix(mix(seed ^ (quint64(purpose) << 56)) ^ scope) ^ serial) ^ counter);
    }

    // A value in [0, 1).
    static double unit(quint64 value) { return double(value >> 11) * 0x1.0p-53; }

    // An exponentially distributed duration with the given mean (memoryless dwell times).
    static qint64 exponential(quint64 value, qint64 meanMs)
    {
        const double u = unit(value);
        return qint64(-std::log1p(-u) * double(meanMs)) + 1;
    }

    static qint64 uniform(quint64 value, qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        return low + qint64(value % quint64(high - low + 1));
    }

    // FNV-1a over UTF-16: stable across runs and machines, unlike qHash (which may use
    // AES hardware and a per-process seed).
    static quint64 hash(QStringView text)
    {
        quint64 h = 0xcbf29ce484222325ULL;
        for (QChar c : text) {
            h ^= c.unicode();
            h *= 0x100000001b3ULL;
        }
        return h;
    }
};
