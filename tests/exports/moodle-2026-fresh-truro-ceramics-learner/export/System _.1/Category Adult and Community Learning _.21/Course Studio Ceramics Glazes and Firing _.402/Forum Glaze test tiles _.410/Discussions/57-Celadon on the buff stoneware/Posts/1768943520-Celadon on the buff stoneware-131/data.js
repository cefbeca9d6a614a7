var data_file_13 = {
    "subject": "Celadon on the buff stoneware",
    "created": "Tuesday, 20 January 2026, 9:12 PM",
    "modified": "Tuesday, 20 January 2026, 9:12 PM",
    "author_was_you": "Yes",
    "message": "<p>Three tiles from Thursday's firing. The celadon went grey-green on the buff body and crawled at the bottom edge where I dipped it twice. Was the second dip too thick?<\/p>"
}