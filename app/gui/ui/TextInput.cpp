#include "ui/TextInput.h"

namespace frontline::gui {

namespace {

int resizeString(ImGuiInputTextCallbackData* d) {
    if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(d->UserData);
        s->resize(static_cast<size_t>(d->BufTextLen));
        d->Buf = s->data();
    }
    return 0;
}

} // namespace

bool inputString(const char* id, std::string& text, ImGuiInputTextFlags flags, const char* hint) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    if (hint) return ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1, flags, resizeString, &text);
    return ImGui::InputText(id, text.data(), text.capacity() + 1, flags, resizeString, &text);
}

bool inputStringMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, flags, resizeString, &text);
}

} // namespace frontline::gui
