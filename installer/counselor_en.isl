; This installer's own texts in English, after Inno Setup's Default.isl (installer/counselor_app.iss).
[CustomMessages]
AppName=Counseling Office Desk
AppComment=Encrypted records of a school's counseling office
DataFolderNote=The office's data is not in the install folder; it is kept in %1 (each Windows user has their own; the program's --data-dir option chooses another folder). Upgrading or reinstalling does not change it.
DataStays=The program was uninstalled. The office's data was NOT deleted; it stays in:%n%n%1%n%nThe error logs (no personal data) stay in:%n%2%n%nInstall the program again to go on using it. To remove the data for good, first save a backup on a USB drive and keep it safe, then delete these folders by hand.
