#pragma once
// The clinic's File menu items (issue 11): Export handout, Save view, Open view, with a small
// dialog for the file name (and, for the handout, the clinic's name, kept in the settings). It
// only records what the user asked for; app/clinic_mode does it and reports back a status line.
#include <map>
#include <string>

#include <glm/vec2.hpp>

#include "ui/settings.h"

namespace glutea {

struct ClinicUiRequest {
    std::string exportHandout;    // a .pdf or .png path: write the handout there
    std::string saveView;         // a .glutea-view path
    std::string openView;         // a .glutea-view path
    bool settingsChanged = false; // the clinic name was edited
};

class ClinicPanel {
  public:
    std::string status;     // the last result ("Handout written to ...", an error), shown below
    bool exporting = false; // a handout is being written
    std::string defaultDir; // where the dialogs start (the home folder)

    // Inside the File menu.
    void drawFileMenuItems(ClinicUiRequest& request);
    // Once a frame, outside any menu: the file-name dialog and the status line.
    void drawDialogs(UiSettings& settings, ClinicUiRequest& request);
    // Opens a dialog directly (keyboard shortcuts, chairside).
    void openHandoutDialog();

  private:
    enum class Dialog { None, Handout, SaveView, OpenView };
    void open(Dialog dialog, const std::string& file);
    Dialog dialog_ = Dialog::None;
    bool justOpened_ = false;
    char path_[1024] = {};
    char clinic_[256] = {};
};

} // namespace glutea
