#include "ui/TextInput.h"

#include "text/TypedGlyphs.h"

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

// After an edit of the field just drawn: its characters the current font
// cannot draw go to the atlas. A password field shows only '*', and its
// characters are not kept anywhere.
void noteEdit(const char* text, ImGuiInputTextFlags flags) {
    if (!ImGui::IsItemEdited() || (flags & ImGuiInputTextFlags_Password)) return;
    const ImFont* font = ImGui::GetFont();
    typedGlyphs().note(text, [font](char32_t c) { return font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr; });
}

} // namespace

bool inputString(const char* id, std::string& text, ImGuiInputTextFlags flags, const char* hint) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    const bool result = hint ? ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1, flags, resizeString, &text)
                             : ImGui::InputText(id, text.data(), text.capacity() + 1, flags, resizeString, &text);
    noteEdit(text.c_str(), flags);
    return result;
}

bool inputStringMultiline(const char* id, std::string& text, ImVec2 size, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    const bool result = ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, size, flags, resizeString, &text);
    noteEdit(text.c_str(), flags);
    return result;
}

bool inputText(const char* id, char* buffer, size_t bufferSize, ImGuiInputTextFlags flags, const char* hint) {
    const bool result =
        hint ? ImGui::InputTextWithHint(id, hint, buffer, bufferSize, flags) : ImGui::InputText(id, buffer, bufferSize, flags);
    noteEdit(buffer, flags);
    return result;
}

bool inputTextMultiline(const char* id, char* buffer, size_t bufferSize, ImVec2 size, ImGuiInputTextFlags flags) {
    const bool result = ImGui::InputTextMultiline(id, buffer, bufferSize, size, flags);
    noteEdit(buffer, flags);
    return result;
}

} // namespace frontline::gui
