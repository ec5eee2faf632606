#include "records/Records.h"

#include <array>

namespace frontline {

namespace {

// Each enum's ids in declaration order; the database stores these strings.
constexpr std::array<const char*, 3> kRoles = {"trainee", "agent", "trainer"};
constexpr std::array<const char*, 3> kStatuses = {"in-progress", "completed", "abandoned"};
constexpr std::array<const char*, 2> kModes = {"practice", "certification"};
constexpr std::array<const char*, 3> kKinds = {"onboarding", "annual", "advanced"};
constexpr std::array<const char*, 2> kSources = {"app", "manual"};
constexpr std::array<const char*, 4> kStates = {"in-training", "certified-for-duty", "due", "lapsed"};

template <typename E, size_t N> std::optional<E> parseId(const std::array<const char*, N>& ids, const std::string& id) {
    for (size_t i = 0; i < N; ++i) {
        if (id == ids[i]) return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

const char* roleId(Role r) { return kRoles[static_cast<size_t>(r)]; }
const char* attemptStatusId(AttemptStatus s) { return kStatuses[static_cast<size_t>(s)]; }
const char* playModeId(PlayMode m) { return kModes[static_cast<size_t>(m)]; }
const char* trainingKindId(TrainingKind k) { return kKinds[static_cast<size_t>(k)]; }
const char* trainingSourceId(TrainingSource s) { return kSources[static_cast<size_t>(s)]; }
const char* certificationStateId(CertificationState s) { return kStates[static_cast<size_t>(s)]; }

std::optional<Role> parseRole(const std::string& id) { return parseId<Role>(kRoles, id); }
std::optional<AttemptStatus> parseAttemptStatus(const std::string& id) { return parseId<AttemptStatus>(kStatuses, id); }
std::optional<PlayMode> parsePlayMode(const std::string& id) { return parseId<PlayMode>(kModes, id); }
std::optional<TrainingKind> parseTrainingKind(const std::string& id) { return parseId<TrainingKind>(kKinds, id); }
std::optional<TrainingSource> parseTrainingSource(const std::string& id) { return parseId<TrainingSource>(kSources, id); }
std::optional<CertificationState> parseCertificationState(const std::string& id) { return parseId<CertificationState>(kStates, id); }

} // namespace frontline
