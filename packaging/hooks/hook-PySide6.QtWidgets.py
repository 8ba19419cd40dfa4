"""PyInstaller's own hook for this Qt module, with the plugins and translations the app does not
use left out before PyInstaller looks for the libraries they need (filtering afterwards would leave
those libraries in the bundle). The file name says which module: the four hooks are the same."""

from bundle_contents import keep_hook_file
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if keep_hook_file(source, folder)]
datas = [(source, folder) for source, folder in datas if keep_hook_file(source, folder)]
