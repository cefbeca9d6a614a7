var data_file_12 = {
    "name": "Celadon on the buff stoneware",
    "pinned": "No",
    "timemodified": "Wednesday, 21 January 2026, 9:40 AM",
    "usermodified": "Thursday, 1 January 1970, 1:03 AM",
    "creator_was_you": "Yes"
}