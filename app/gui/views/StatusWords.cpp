#include "views/StatusWords.h"

namespace frontline::gui {

namespace {

const char* stateTone(CertificationState state) {
    switch (state) {
    case CertificationState::CertifiedForDuty: return "ok";
    case CertificationState::Due: return "warning";
    case CertificationState::Lapsed: return "error";
    case CertificationState::InTraining: break;
    }
    return "accent";
}

} // namespace

std::string stateText(const StringTable& s, CertificationState state) {
    return s.text(std::string("state.") + certificationStateId(state));
}
Rgba stateColor(const Theme& t, CertificationState state) { return t.color(stateTone(state)); }
Rgba stateSoftColor(const Theme& t, CertificationState state) { return t.color(std::string(stateTone(state)) + "_soft"); }

std::string itemStatusText(const StringTable& s, ItemStatus status) { return s.text(std::string("item.") + itemStatusId(status)); }

Rgba itemColor(const Theme& t, ItemStatus status) {
    switch (status) {
    case ItemStatus::Done: return t.color("ok");
    case ItemStatus::InProgress: return t.color("accent");
    case ItemStatus::NotStarted: return t.color("muted");
    case ItemStatus::Locked: break;
    }
    return t.color("faint");
}

std::string attemptStatusText(const StringTable& s, AttemptStatus status) {
    return s.text(std::string("attempt.") + attemptStatusId(status));
}
std::string playModeText(const StringTable& s, PlayMode mode) { return s.text(std::string("mode.") + playModeId(mode)); }
std::string trainingKindText(const StringTable& s, TrainingKind kind) { return s.text(std::string("kind.") + trainingKindId(kind)); }

std::string validationText(const StringTable& s, int errors, int warnings) {
    if (errors == 0 && warnings == 0) return s.text("library.status_clean");
    if (warnings == 0) return s.count("library.status_errors", errors);
    if (errors == 0) return s.count("library.status_warnings", warnings);
    return s.format("library.status_both", s.count("library.status_errors", errors), s.count("library.status_warnings", warnings));
}

std::string languageName(const StringTable& s, const std::string& code) {
    const std::string key = "language." + code;
    return s.has(key) ? s.text(key) : code;
}

std::string hoursText(int minutes) {
    const int tenths = (minutes * 10 + 30) / 60; // rounded to the nearest tenth of an hour
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
    return text;
}

std::string missingText(const StringTable& s, const MissingItem& m) {
    switch (m.kind) {
    case MissingItem::Kind::OnboardingItems: return s.count("home.missing_onboarding", m.count);
    case MissingItem::Kind::CertificationItem: return s.format("home.missing_certification_item", m.title);
    case MissingItem::Kind::CertificationFailed: return s.text("home.missing_certification_failed");
    case MissingItem::Kind::AnnualMinutes: return s.format("home.missing_minutes", hoursText(m.count));
    case MissingItem::Kind::AnnualAdvanced: return s.count("home.missing_advanced", m.count);
    }
    return {};
}

} // namespace frontline::gui
