var data_file_2 = {
    "37": {
        "course_name": "Studio Ceramics: Glazes and Firing",
        "timeaccess": "Thursday, 5 February 2026, 7:38 PM"
    },
    "41": {
        "course_name": "Digital Photography for Beginners",
        "timeaccess": "Wednesday, 28 January 2026, 8:11 PM"
    }
}