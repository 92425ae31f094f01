; This installer's own texts in English, after Inno Setup's Default.isl (installer/counselor_app.iss).
[CustomMessages]
AppName=Counseling Office Desk
AppComment=Encrypted records of a school's counseling office
DataFolderNote=The office's data is not in the install folder; it is kept in %1 (each Windows user has their own; the program's --data-dir option chooses another folder). Upgrading or reinstalling does not change it.
DataStays=The program was uninstalled. The office's data was NOT deleted; it stays in:%n%n%1%n%nThe error logs (no personal data) stay in:%n%2%n%nInstall the program again to go on using it. To remove the data for good, first save a backup on a USB drive and keep it safe, then delete these folders by hand.
DataPageCaption=Data folder
DataPageDescription=Where should the office's records be kept?
DataPageText=The records are kept encrypted, outside the program folder, and upgrades never touch them. Choose where:
DataPerUser=Each Windows user's own folder (recommended when one person uses this computer): %1
DataChosen=A folder the office chooses, shared by the office's Windows accounts (for example on drive D:)
DataDirDescription=Choose the office's data folder
DataDirText=The office's encrypted records will be kept in this folder. An office already in it (a reinstall, or a folder moved from another computer) is opened as it is.
DataDirNotFull=Please give a full path with a drive letter (D:\...) or a network share (\\server\...).
DataDirInsideApp=The data folder must not be inside the program folder: upgrades replace that folder. Please choose another.
DataDirHasOffice=An office is already in %1. The program will open it as it is; nothing in it is changed. Use this folder?
DataFolderChosenNote=The office's data is kept in %1, the folder chosen for it; upgrading or reinstalling does not change it.
PointerNotWritten=The program could not record the data folder in %1. Start it with --data-dir and the chosen folder, or run the installer again.
