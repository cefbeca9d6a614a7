var tweet_index =  [
  {
    "file_name" : "data\/js\/tweets\/2014_06.js",
    "year" : 2014,
    "var_name" : "tweets_2014_06",
    "tweet_count" : 3,
    "month" : 6
  },
  {
    "file_name" : "data\/js\/tweets\/2014_05.js",
    "year" : 2014,
    "var_name" : "tweets_2014_05",
    "tweet_count" : 2,
    "month" : 5
  }
]