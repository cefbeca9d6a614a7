var data_file_10 = {
    "name": "Glaze test tiles",
    "intro": "<div class=\"no-overflow\"><p>Post a photo and notes for each test tile: clay body, glaze, cone and where it sat in the kiln.<\/p><\/div>",
    "completion": {
        "state": 1
    }
}