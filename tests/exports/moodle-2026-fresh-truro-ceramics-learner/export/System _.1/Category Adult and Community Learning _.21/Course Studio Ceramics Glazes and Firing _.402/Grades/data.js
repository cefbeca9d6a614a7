var data_file_8 = {
    "grades": [
        {
            "item": "Glaze test tile portfolio",
            "grade": "72.00000",
            "grade_formatted": "72.00",
            "feedback": "<p>Good range of celadon tests, Tamsin. Label the cone numbers on the back next time so we can match them to the kiln log.<\/p>",
            "information": "",
            "timecreated": "Monday, 2 February 2026, 4:40 PM",
            "timemodified": "Wednesday, 4 February 2026, 10:05 AM"
        },
        {
            "item": "Course total",
            "grade": "72.00000",
            "grade_formatted": "72.00",
            "feedback": "",
            "information": "",
            "timecreated": "Wednesday, 4 February 2026, 10:05 AM",
            "timemodified": "Wednesday, 4 February 2026, 10:05 AM"
        }
    ]
}